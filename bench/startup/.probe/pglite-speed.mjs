import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create("memory://");
await db.exec("create table t (id int primary key, name text, score int)");
const c0 = process.cpuUsage();
for (let i = 0; i < 3000; i++) await db.query("insert into t values ($1, $2, $3)", [i, "customer " + i, i % 100]);
for (let i = 0; i < 200; i++) await db.query("select score, count(*), avg(id) from t where name like $1 group by score order by 2 desc", ["%" + (i % 10) + "%"]);
const c = process.cpuUsage(c0);
console.log((process.execArgv.join(" ") || "default").padEnd(18), "workload CPU", Math.round((c.user + c.system) / 1000), "ms");
