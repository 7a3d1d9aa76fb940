// prodgap cohort overview: sort by any column, filter by text or by flags. Without JS the table
// shows every row in file order and the controls stay hidden.
(() => {
  "use strict";
  const table = document.querySelector("table.cohort");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const filter = document.getElementById("filter");
  const flagged = document.getElementById("only-flagged");
  const status = document.getElementById("filter-status");

  const applyFilter = () => {
    const words = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!words || row.textContent.toLowerCase().includes(words)) &&
        (!flagged.checked || row.classList.contains("flagged"));
      row.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    status.textContent = `Showing ${shown} of ${rows.length} resumes.`;
  };
  filter.addEventListener("input", applyFilter);
  flagged.addEventListener("change", applyFilter);

  // A cell sorts by its data-sort value when it has one (numbers; "" for none), else its text.
  const sortValue = (row, column) => {
    const cell = row.cells[column];
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  };
  const compare = (numeric, ascending) => (a, b) => {
    if (numeric) {
      // Files with no value (failed, or no ML bullets) go last whichever way the column sorts.
      if (a === "" || b === "") return (a === "") - (b === "");
      return (ascending ? 1 : -1) * (Number(a) - Number(b));
    }
    return (ascending ? 1 : -1) * a.localeCompare(b, undefined, { numeric: true });
  };
  const headers = Array.from(table.tHead.rows[0].cells);
  const sortBy = (column) => {
    const header = headers[column];
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const other of headers) other.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const order = compare(header.dataset.type === "number", ascending);
    const sorted = rows
      .map((row) => [sortValue(row, column), row])
      .sort((x, y) => order(x[0], y[0]))
      .map(([, row]) => row);
    body.append(...sorted);
  };
  headers.forEach((header, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = header.textContent;
    button.addEventListener("click", () => sortBy(column));
    header.replaceChildren(button);
  });

  document.querySelector(".controls").hidden = false;
  applyFilter();
})();
