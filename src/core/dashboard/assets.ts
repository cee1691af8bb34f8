/**
 * The dashboard's only stylesheet and script, served as files under `/_/assets/` (the page's
 * Content-Security-Policy allows scripts and styles from the relay itself and nothing inline).
 * Their names carry a hash of their content, so they can be cached for a year.
 */

const CSS = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--accent:#0550ae;--ok:#116329;--bad:#a40e26;--warn:#7d4e00;--focus:#0969da;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#3d444d;--soft:#161b22;--accent:#79c0ff;--ok:#56d364;--bad:#ff7b72;--warn:#e3b341;--focus:#58a6ff}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,summary:focus-visible,input:focus,select:focus,textarea:focus,input:focus-within{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem}
.skip:focus{left:.5rem;z-index:2}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.top .brand{font-weight:700;color:var(--fg);text-decoration:none}
header.top nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
header.top form{margin-left:auto}
main{padding:1rem;max-width:78rem;margin:0 auto}
h1{font-size:1.4rem;margin:.2rem 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
button,.button{font:inherit;padding:.35rem .8rem;border:1px solid var(--line);border-radius:6px;background:var(--soft);color:var(--fg);cursor:pointer;text-decoration:none;display:inline-block}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--bg)}
input,select,textarea{font:inherit;padding:.3rem .45rem;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg);max-width:100%}
label{display:block;font-size:.85rem;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:flex-end;margin-bottom:1rem}
.filters div{display:flex;flex-direction:column}
.notice{padding:.6rem .8rem;border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;margin:.8rem 0;background:var(--soft)}
.notice.error{border-left-color:var(--bad)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.85rem;color:var(--muted);font-weight:600}
td.mono,code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
pre{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.6rem;overflow:auto;max-height:32rem;white-space:pre-wrap;word-break:break-all}
.badge{display:inline-block;padding:0 .45rem;border-radius:1rem;border:1px solid currentColor;font-size:.8rem;font-weight:600}
.s-delivered{color:var(--ok)}.s-failed,.s-dead{color:var(--bad)}.s-pending,.s-retry,.s-uploaded{color:var(--warn)}
.chart{margin:.5rem 0 1rem}
.chart svg{width:100%;height:auto;max-height:9rem}
.chart .bar-all{fill:var(--accent)}.chart .bar-bad{fill:var(--bad)}.chart .axis{stroke:var(--line)}.chart text{fill:var(--muted);font-size:10px}
.legend{font-size:.85rem;color:var(--muted)}
.legend .sw{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem;vertical-align:-1px}
.legend .sw.all{background:var(--accent)}.legend .sw.bad{background:var(--bad)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;word-break:break-all}
ol.timeline{list-style:none;padding:0;margin:0;border-left:2px solid var(--line)}
ol.timeline li{position:relative;padding:.2rem 0 .8rem 1rem}
ol.timeline li::before{content:"";position:absolute;left:-7px;top:.55rem;width:12px;height:12px;border-radius:50%;background:var(--line)}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
.row{display:flex;flex-wrap:wrap;gap:1rem}.row>*{flex:1 1 18rem}
.live{font-size:.85rem;color:var(--muted)}
fieldset{border:1px solid var(--line);border-radius:6px;margin:.6rem 0;min-width:0}
input[type=radio]+label{display:inline;color:var(--fg);font-size:1rem}
.stack>*{margin:.4rem 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:40rem){
 main{padding:.6rem}
 table.deliveries thead{position:absolute;left:-999px}
 table.deliveries tr{display:block;border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.3rem}
 table.deliveries td{display:block;border:0;padding:.15rem .3rem}
 table.deliveries td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:.8rem}
 dl.facts{grid-template-columns:1fr}
}
`;

const JS = `
(function(){
  'use strict';
  var body = document.body;
  var status = document.getElementById('live-status');
  function say(text){ if (status) status.textContent = text; }
  function parse(html){ var t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; }
  function get(url){ return fetch(url, {credentials:'same-origin', headers:{'accept':'text/html'}}).then(function(r){ return r.status === 200 ? r.text() : null; }); }
  var timers = {};
  function later(key, ms, fn){ clearTimeout(timers[key]); timers[key] = setTimeout(fn, ms); }
  function refreshChart(){
    later('chart', 1000, function(){
      get('/_/fragment/chart').then(function(html){ var el = document.getElementById('chart'); if (html && el) el.replaceWith(parse(html)); });
    });
  }
  function onList(e){
    var tbody = document.getElementById('rows');
    if (!tbody || body.getAttribute('data-first-page') !== 'yes') return;
    get('/_/fragment/row/' + encodeURIComponent(e.id) + location.search).then(function(html){
      if (!html) return;
      var row = parse(html), old = tbody.querySelector('tr[data-id="' + CSS.escape(e.id) + '"]');
      if (old) old.replaceWith(row); else { tbody.prepend(row); say('New delivery ' + e.id + ' received.'); }
      var empty = document.getElementById('empty'); if (empty) empty.remove();
    });
    refreshChart();
  }
  function onDetail(e){
    var id = body.getAttribute('data-id');
    if (e.id !== id) return;
    later('detail', 200, function(){
      get('/_/fragment/timeline/' + encodeURIComponent(id)).then(function(html){
        var el = document.getElementById('timeline'); if (html && el) { el.replaceWith(parse(html)); say('Delivery updated.'); }
      });
    });
  }
  var live = body.getAttribute('data-live');
  if (live && window.EventSource) {
    var source = new EventSource('/_/events');
    source.addEventListener('delivery', function(m){
      var e; try { e = JSON.parse(m.data); } catch (_) { return; }
      if (live === 'list') onList(e); else onDetail(e);
    });
    source.addEventListener('open', function(){ body.setAttribute('data-connected', 'yes'); });
    source.addEventListener('error', function(){ body.setAttribute('data-connected', 'no'); });
  }
  document.addEventListener('click', function(ev){
    var b = ev.target.closest && ev.target.closest('button[data-copy]');
    if (!b) return;
    var src = document.getElementById(b.getAttribute('data-copy'));
    if (!src) return;
    var text = src.value !== undefined ? src.value : src.textContent;
    var done = function(){ b.textContent = 'Copied'; setTimeout(function(){ b.textContent = b.getAttribute('data-label') || 'Copy'; }, 1500); };
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, function(){ if (src.select) src.select(); });
    else if (src.select) { src.select(); }
  });
})();
`;

/** FNV-1a of a string, as 8 hex digits (a cache-busting name, not security). */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** An asset: its versioned file name, content and type. */
export interface Asset {
  name: string;
  body: string;
  type: string;
}

/** The stylesheet and the script. */
export const ASSETS = {
  css: { name: `app.${fnv(CSS)}.css`, body: CSS.trim(), type: 'text/css; charset=utf-8' },
  js: { name: `app.${fnv(JS)}.js`, body: JS.trim(), type: 'text/javascript; charset=utf-8' },
} as const satisfies Record<string, Asset>;
