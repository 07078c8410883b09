/** The report's only stylesheet, inlined; colours chosen to stay distinct for common colour blindness. */
export const REPORT_CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--card:#f6f8fa;--s0:#0969da;--s1:#bc4c00;--s2:#1a7f37;--s3:#8250df;--s4:#bf3989;--s5:#4d2d00;--base:#59636e;--pass:#1a7f37;--warn:#9a6700;--fail:#d1242f}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1180px;margin:0 auto;padding:20px 24px 48px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);margin:0 0 14px}.meta span{margin-right:14px}
.verdict{display:inline-block;font-weight:600;padding:4px 12px;border-radius:14px;color:#fff;background:var(--base);margin:6px 0 12px}
.verdict.pass{background:var(--pass)}.verdict.warn{background:var(--warn)}.verdict.fail{background:var(--fail)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(128px,1fr));gap:10px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}.card .name{color:var(--muted);font-size:12px}.card .value{font-size:20px;font-weight:600}.card .unit{font-size:12px;color:var(--muted);margin-left:3px}
.card .delta{font-size:12px}.card.fail{border-color:var(--fail)}.card.warn{border-color:var(--warn)}.delta.fail{color:var(--fail)}.delta.warn{color:var(--warn)}.delta.pass{color:var(--pass)}.delta.improved{color:var(--pass)}.better,.delta.better{color:var(--pass)}.worse,.delta.worse{color:var(--fail)}
.charts{display:flex;flex-wrap:wrap;gap:12px}figure.chart{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px}figure.chart figcaption{color:var(--muted);font-size:12px;padding:0 6px 4px}
figure.no-data{padding:12px;min-width:300px;color:var(--muted)}
svg text{font:11px -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;fill:var(--fg)}svg .tick{fill:var(--muted)}svg .chart-title{font-weight:600;font-size:12px}svg .legend-label{fill:var(--muted)}
svg .grid{stroke:#eaeef2}svg .axis{stroke:#8c959f}svg .line{fill:none;stroke-width:2}svg .legend{stroke-width:3}
svg .bar{stroke:none;opacity:.85}svg .dot{stroke:#fff;stroke-width:1.5}
.s0{stroke:var(--s0);fill:var(--s0)}.s1{stroke:var(--s1);fill:var(--s1)}.s2{stroke:var(--s2);fill:var(--s2)}.s3{stroke:var(--s3);fill:var(--s3)}.s4{stroke:var(--s4);fill:var(--s4)}.s5{stroke:var(--s5);fill:var(--s5)}.baseline{stroke:var(--base);fill:var(--base)}
svg path.line{fill:none}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}th{background:var(--card)}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.fail{color:var(--fail);font-weight:600}td.warn{color:var(--warn);font-weight:600}td.pass{color:var(--pass)}td.improved{color:var(--pass);font-weight:600}td.reason{font-size:12px;color:#555}
td.text{max-width:440px;white-space:pre-wrap;word-break:break-word}.note{color:var(--muted);font-size:12px}
details>summary{cursor:pointer;margin:8px 0;color:var(--muted);font-size:13px}
`;
