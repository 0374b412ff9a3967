// The search benchmark's baseline: a bare node:http + pg server answering GET /api/v1/trips with exactly the SQL and
// JSON shape Travellr uses, minus everything else (framework, validation, auth, logging).
import { createServer } from "node:http";
import pg from "pg";
import type { SearchTripsQuery } from "../lib/trips/schemas";
import { type TripSearchRow, searchTripsSql, toSearchResultDto } from "../lib/trips/search-sql";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.env.PORT ?? 3201);

function parse(params: URLSearchParams): SearchTripsQuery {
  const num = (k: string) => (params.has(k) ? Number(params.get(k)) : undefined);
  const date = (k: string) => (params.has(k) ? new Date(params.get(k)!) : undefined);
  return {
    q: params.get("q") ?? undefined,
    destination: params.get("destination") ?? undefined,
    from: date("from"),
    to: date("to"),
    minPrice: num("minPrice"),
    maxPrice: num("maxPrice"),
    seats: num("seats"),
    sort: (params.get("sort") as SearchTripsQuery["sort"]) ?? undefined,
    page: num("page") ?? 1,
    limit: num("limit") ?? 20,
  };
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://bare");
    const query = parse(url.searchParams);
    const sql = searchTripsSql(query, new Date());
    const { rows } = await pool.query<TripSearchRow>(sql.text, sql.values);
    const body = {
      data: rows.map(toSearchResultDto),
      page: query.page,
      limit: query.limit,
      total: rows.length ? Number(rows[0].total) : 0,
    };
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  } catch (error) {
    res.writeHead(500);
    res.end(String(error));
  }
}).listen(port, "127.0.0.1", () => console.log(`bare search server on ${port}`));
