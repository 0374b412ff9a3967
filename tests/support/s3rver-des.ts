// Imported for its effect by tests that list a bucket on s3rver (the S3 stand-in). s3rver encrypts its ListObjectsV2
// continuation tokens with single DES, which OpenSSL 3 (Node 17 and later) offers only under --openssl-legacy-provider,
// so any listing that needs a second page fails with "InternalError" (jamhall/s3rver#818). Triple DES with the same key
// three times (encrypt, decrypt, encrypt with K) is one DES encryption, and OpenSSL 3 still has it: s3rver's "des"
// calls are answered by "des-ede-cbc" with the key doubled, the same tokens byte for byte, with no process-wide flag.
import crypto from "node:crypto";

// Every other call, in any test of the process, goes through unchanged (a "des" call would otherwise only throw).
function withDesAsTripleDes<F extends (...args: never[]) => unknown>(original: F): F {
  return function (this: unknown, ...args: unknown[]) {
    const [algorithm, key, ...rest] = args;
    if (algorithm === "des" && Buffer.isBuffer(key)) args = ["des-ede-cbc", Buffer.concat([key, key]), ...rest];
    return Reflect.apply(original, this, args);
  } as unknown as F;
}

crypto.createCipheriv = withDesAsTripleDes(crypto.createCipheriv);
crypto.createDecipheriv = withDesAsTripleDes(crypto.createDecipheriv);
