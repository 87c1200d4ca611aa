const settle = async () => { gc(); await new Promise((r) => setTimeout(r, 800)); gc(); };
let prev = 0;
const lap = async (l) => { await settle(); const rss = process.memoryUsage().rss/1e6; console.log(l.padEnd(48), 'rss', Math.round(rss), `(+${Math.round(rss-prev)})`); prev = rss; };
await lap('node');
for (const m of process.argv.slice(2)) { await import(m); await lap('+ ' + m); }
