// s3rver (an S3-compatible server in Node) on a free loopback port, with one bucket: the S3 stand-in of the storage
// tests. Importing this also installs the DES fix its paged listings need on OpenSSL 3 (s3rver-des.ts).
import S3rver from "s3rver";
import "./s3rver-des";

/** Credentials s3rver accepts (it checks signatures, not who signs). */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export async function startS3rver(directory: string, bucket: string) {
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return { server, endpoint: `http://127.0.0.1:${port}` };
}
