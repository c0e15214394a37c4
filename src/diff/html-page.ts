/**
 * The inline style and script of the HTML parity page (format-html.ts). The script reads the page's JSON
 * data and writes every text with `textContent`, never as markup. Rows carry `data-model`, `data-kind`
 * and `data-severity`, so a test (or a user's own script) can read what is shown.
 */

export const PAGE_STYLE = `
:root { color-scheme: light dark; --line: #d0d7de; --muted: #57606a; --value: #fff8c5; --absent: #ffebe9; --agrees: #dafbe1; }
@media (prefers-color-scheme: dark) { :root { --line: #30363d; --muted: #8b949e; --value: #3b2e00; --absent: #490202; --agrees: #033a16; } }
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; }
header { padding: 12px 16px; border-bottom: 1px solid var(--line); }
h1 { font-size: 18px; margin: 0 0 8px; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 2px 6px; text-align: left; vertical-align: top; }
.tallies td { text-align: right; }
#filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 10px 0 4px; }
#count { color: var(--muted); }
.legend { color: var(--muted); margin: 4px 0 0; }
main { padding: 8px 16px; }
#findings { width: 100%; }
#findings thead th { position: sticky; top: 0; background: Canvas; }
#findings td { max-width: 24em; overflow-wrap: anywhere; }
#findings td.s0, #findings td.s1, #findings td.s2, #findings td.s3 { min-width: 4.5em; }
#findings td.model, #findings td:nth-child(3), #findings td:nth-child(4) { white-space: nowrap; max-width: none; }
#findings tr.repeat td.model { color: transparent; }
#findings a { color: inherit; }
.s1 { background: var(--absent); }
.s2 { background: var(--agrees); }
.s3 { background: var(--value); }
.sev-breaking { color: #cf222e; font-weight: 600; }
.sev-drift { color: #9a6700; }
`;

export const PAGE_SCRIPT = `
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var body = document.querySelector("#findings tbody");
  var fill = function (select, values) {
    values.forEach(function (value, index) {
      var option = document.createElement("option");
      option.value = String(index);
      option.textContent = value;
      select.appendChild(option);
    });
  };
  fill(byId("kind"), D.kinds);
  fill(byId("severity"), D.severities);
  fill(byId("variant"), D.variants);

  // A place: [folder, name, line]; name 1 is the model's name with .md, 2 the same in lower case.
  var href = function (place, model) {
    var dir = D.dirs[place[0]];
    if (dir === undefined || dir[1] !== 1 || !place[2]) return null;
    var name = place[1] === 1 ? model + ".md" : place[1] === 2 ? model.toLowerCase() + ".md" : place[1];
    var path = dir[0] === "." ? name : dir[0] + "/" + name;
    return path.split("/").map(function (part) { return part === ".." || part === "." ? part : encodeURIComponent(part); }).join("/") + "#L" + place[2];
  };
  var text = function (parent, value, className) {
    var cell = document.createElement("td");
    if (className) cell.className = className;
    cell.textContent = value;
    parent.appendChild(cell);
    return cell;
  };
  var SHOWN = ["", "\\u2014", "\\u2713", null];
  var TITLES = ["no such model", "missing", "no difference found", null];
  var cellOf = function (parent, state, value, place, model) {
    var shown = state === 3 ? (value.length > 80 ? value.slice(0, 79) + "\\u2026" : value) : SHOWN[state];
    var cell = document.createElement("td");
    cell.className = "s" + state;
    cell.title = state === 3 ? value : TITLES[state];
    var link = place === 0 ? null : href(place, model);
    if (link !== null && shown !== "") {
      var a = document.createElement("a");
      a.href = link;
      a.textContent = shown;
      cell.appendChild(a);
    } else {
      cell.textContent = shown;
    }
    parent.appendChild(cell);
  };
  var row = function (model, field, kind, severity, how, cells, repeat) {
    var tr = document.createElement("tr");
    tr.dataset.model = model[0];
    tr.dataset.kind = kind;
    tr.dataset.severity = severity;
    if (repeat) tr.className = "repeat";
    tr.title = how;
    text(tr, model[0], "model");
    text(tr, field);
    text(tr, kind);
    text(tr, severity, severity ? "sev-" + severity : "");
    cells.forEach(function (cell, variant) {
      var page = model[2][variant];
      var place = cell.length > 3 ? [cell[3], cell[4], cell[2]] : page === 0 || !cell[2] ? 0 : [page[0], page[1], cell[2]];
      cellOf(tr, cell[0], cell[1], place, model[0]);
    });
    return tr;
  };
  var render = function () {
    var kind = byId("kind").value;
    var severity = byId("severity").value;
    var variant = byId("variant").value;
    var query = byId("search").value.trim().toLowerCase();
    var all = byId("all").checked;
    var rows = document.createDocumentFragment();
    var shown = 0;
    var last = -1;
    var matches = function (model) { return query === "" || model[0].toLowerCase().indexOf(query) >= 0; };
    var emit = function (modelIndex, tr) { rows.appendChild(tr); last = modelIndex; shown++; };
    var fi = 0;
    for (var m = 0; m < D.models.length; m++) {
      var model = D.models[m];
      var any = false;
      for (; fi < D.findings.length && D.findings[fi][0] === m; fi++) {
        var f = D.findings[fi];
        any = true;
        if (kind !== "" && String(f[2]) !== kind) continue;
        if (severity !== "" && String(f[3]) !== severity) continue;
        if (variant !== "" && (f[5][Number(variant)][0] === 2 || f[5][Number(variant)][0] === 0)) continue;
        if (!matches(model)) continue;
        emit(m, row(model, f[1], D.kinds[f[2]], D.severities[f[3]], f[4], f[5], last === m));
      }
      if (!any && all && kind === "" && severity === "" && variant === "" && matches(model)) {
        var cells = model[2].map(function (place) { return place === 0 ? [0, "", 0] : [2, "", place[2]]; });
        emit(m, row(model, "", "", "", "the same in every variant that has it", cells, false));
      }
    }
    body.replaceChildren(rows);
    byId("count").textContent = shown + (shown === 1 ? " row" : " rows");
  };
  var timer = null;
  byId("search").addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 120); });
  ["kind", "severity", "variant", "all"].forEach(function (id) { byId(id).addEventListener("change", render); });
  render();
})();
`;
