/**
 * The inline style and script of the HTML parity page (format-html.ts). The script reads the page's JSON
 * data and writes every text with `textContent` (or text nodes), never as markup. Rows carry `data-model`,
 * `data-kind` and `data-severity` (a group's row also `data-count`), so a test (or a user's own script) can
 * read what is shown.
 */

export const PAGE_STYLE = `
:root { color-scheme: light dark; --line: #d0d7de; --muted: #57606a; --value: #fff8c5; --absent: #ffebe9; --agrees: #dafbe1; --group: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --line: #30363d; --muted: #8b949e; --value: #3b2e00; --absent: #490202; --agrees: #033a16; --group: #161b22; } }
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
#findings, #sdk-findings { width: 100%; }
thead th { position: sticky; top: 0; background: Canvas; }
main td { max-width: 24em; overflow-wrap: break-word; }
main td.model { min-width: 12em; max-width: 28em; }
main td.field, main td.kind, main td.sev { white-space: nowrap; max-width: none; }
main td.s0, main td.s1, main td.s2, main td.s3 { min-width: 4.5em; }
tr.repeat td.model { color: transparent; }
tr.group td { background: var(--group); }
tr.group td.model { cursor: pointer; }
tr.group td.s3 { background: var(--value); }
tr.group td.s2 { background: var(--agrees); }
tr.group td.s1 { background: var(--absent); }
tr.member td.model { padding-left: 1.6em; }
.toggle { font: inherit; border: 0; background: none; padding: 0 4px 0 0; cursor: pointer; color: inherit; }
.times { font-weight: 600; }
details#sdk-shape { margin-top: 16px; }
details#sdk-shape > summary { font-weight: 600; cursor: pointer; padding: 4px 0; }
main a { color: inherit; }
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
  var bodies = [document.querySelector("#findings tbody"), document.querySelector("#sdk-findings tbody")];
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
  // Groups opened by a click, by index.
  var open = {};

  // A place: [folder, name, line]; name 1 is the model's name with .md, 2 the same in lower case.
  var href = function (place, model) {
    var dir = D.dirs[place[0]];
    if (dir === undefined || dir[1] !== 1 || !place[2]) return null;
    var name = place[1] === 1 ? model + ".md" : place[1] === 2 ? model.toLowerCase() + ".md" : place[1];
    var path = dir[0] === "." ? name : dir[0] + "/" + name;
    return path.split("/").map(function (part) { return part === ".." || part === "." ? part : encodeURIComponent(part); }).join("/") + "#L" + place[2];
  };
  // Text that may wrap between its words only: a break opportunity after a lower-case letter or digit
  // followed by a capital (CreateAccountingAccount), and after . / , < _ (shared.Event, map<string, any>).
  var wrapped = function (parent, value) {
    var parts = value.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[./,<_|])/);
    parts.forEach(function (part, index) {
      if (index > 0) parent.appendChild(document.createElement("wbr"));
      parent.appendChild(document.createTextNode(part));
    });
  };
  var text = function (parent, value, className, wrap) {
    var cell = document.createElement("td");
    if (className) cell.className = className;
    if (wrap) wrapped(cell, value); else cell.textContent = value;
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
    var link = place === 0 || state < 2 ? null : href(place, model);
    var target = cell;
    if (link !== null && shown !== "") {
      target = document.createElement("a");
      target.href = link;
      cell.appendChild(target);
    }
    if (state === 3) wrapped(target, shown); else target.textContent = shown;
    parent.appendChild(cell);
  };
  // A finding's cells: [state, value, line] on its model's page, [state, value, line, folder, name] on another.
  var placeOf = function (cell, page) {
    return cell.length > 3 ? [cell[3], cell[4], cell[2]] : page === 0 || !cell[2] ? 0 : [page[0], page[1], cell[2]];
  };
  var row = function (model, field, kind, severity, how, cells, className, linked) {
    var tr = document.createElement("tr");
    tr.dataset.model = model[0];
    tr.dataset.kind = kind;
    tr.dataset.severity = severity;
    if (className) tr.className = className;
    tr.title = how;
    text(tr, model[0], "model", true);
    text(tr, field, "field");
    text(tr, kind, "kind");
    text(tr, severity, severity ? "sev sev-" + severity : "sev");
    cells.forEach(function (cell, variant) {
      cellOf(tr, cell[0], cell[1], linked ? placeOf(cell, model[2][variant]) : 0, model[0]);
    });
    return tr;
  };
  var findingRow = function (index, className) {
    var f = D.findings[index];
    return row(D.models[f[0]], f[1], D.kinds[f[2]], D.severities[f[3]], f[4], f[5], className, true);
  };
  // A group's own row: the models it concerns, a count, and the values every member states (no links: they are N pages).
  var groupRow = function (group, members, opened) {
    var first = D.findings[members[0]];
    var tr = row(D.models[first[0]], first[1], D.kinds[first[2]], D.severities[first[3]], first[4], first[5], "group", false);
    tr.dataset.count = String(members.length);
    var cell = tr.firstChild;
    cell.textContent = "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "toggle";
    button.setAttribute("aria-expanded", opened ? "true" : "false");
    button.textContent = opened ? "\\u25be" : "\\u25b8";
    cell.appendChild(button);
    var times = document.createElement("span");
    times.className = "times";
    times.textContent = "\\u00d7" + members.length + " ";
    cell.appendChild(times);
    var names = members.slice(0, 3).map(function (index) { return D.models[D.findings[index][0]][0]; });
    wrapped(cell, names.join(", ") + (members.length > 3 ? ", \\u2026" : ""));
    var fields = {};
    members.forEach(function (index) { fields[D.findings[index][1]] = true; });
    if (Object.keys(fields).length > 1) tr.children[1].textContent = "";
    cell.addEventListener("click", function () { open[group] = !open[group]; render(); });
    return tr;
  };
  var render = function () {
    var kind = byId("kind").value;
    var severity = byId("severity").value;
    var variant = byId("variant").value;
    var query = byId("search").value.trim().toLowerCase();
    var all = byId("all").checked;
    var rows = [document.createDocumentFragment(), document.createDocumentFragment()];
    var counts = [0, 0];
    var rowCounts = [0, 0];
    var keep = function (index) {
      var f = D.findings[index];
      if (kind !== "" && String(f[2]) !== kind) return false;
      if (severity !== "" && String(f[3]) !== severity) return false;
      if (variant !== "" && (f[5][Number(variant)][0] === 2 || f[5][Number(variant)][0] === 0)) return false;
      return query === "" || D.models[f[0]][0].toLowerCase().indexOf(query) >= 0;
    };
    D.groups.forEach(function (group, g) {
      var section = group[0];
      var members = group[1].filter(keep);
      if (members.length === 0) return;
      counts[section] += members.length;
      if (members.length === 1) {
        rows[section].appendChild(findingRow(members[0], ""));
        rowCounts[section]++;
        return;
      }
      var opened = open[g] === true || query !== "";
      rows[section].appendChild(groupRow(g, members, opened));
      rowCounts[section]++;
      if (!opened) return;
      members.forEach(function (index) { rows[section].appendChild(findingRow(index, "member")); rowCounts[section]++; });
    });
    if (all && kind === "" && severity === "" && variant === "") {
      var differs = {};
      D.findings.forEach(function (f) { if (D.kinds[f[2]].indexOf("sdk-shape") !== 0) differs[f[0]] = true; });
      D.models.forEach(function (model, m) {
        if (differs[m] || (query !== "" && model[0].toLowerCase().indexOf(query) < 0)) return;
        var cells = model[2].map(function (place) { return place === 0 ? [0, "", 0] : [2, "", place[2]]; });
        rows[0].appendChild(row(model, "", "", "", "the same API in every variant that has it", cells, "", true));
        rowCounts[0]++;
      });
    }
    bodies[0].replaceChildren(rows[0]);
    bodies[1].replaceChildren(rows[1]);
    byId("count").textContent = counts[0] + (counts[0] === 1 ? " finding" : " findings") + " in " + rowCounts[0] + (rowCounts[0] === 1 ? " row" : " rows");
    byId("sdk-count").textContent = counts[1] + (counts[1] === 1 ? " finding" : " findings");
  };
  var timer = null;
  byId("search").addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 120); });
  ["kind", "severity", "variant", "all"].forEach(function (id) { byId(id).addEventListener("change", render); });
  render();
})();
`;
