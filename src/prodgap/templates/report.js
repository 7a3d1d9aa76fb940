// prodgap report controls. Without JS the page shows everything and hides the controls.
(() => {
  "use strict";
  const bullets = Array.from(document.querySelectorAll("article.bullet"));
  const filter = document.getElementById("only-work");
  const status = document.getElementById("filter-status");

  const applyFilter = () => {
    document.body.classList.toggle("only-work", filter.checked);
    const shown = filter.checked
      ? bullets.filter((b) => b.classList.contains("needs-work")).length
      : bullets.length;
    status.textContent = `Showing ${shown} of ${bullets.length} bullets.`;
  };
  filter.addEventListener("change", applyFilter);
  filter.closest(".controls").hidden = false;
  applyFilter();

  // execCommand still works where the Clipboard API is missing or refused (older browsers, file://).
  const copyBySelection = (text) => {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  };

  const copy = async (text) => {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // permission refused: fall back below
      }
    }
    return copyBySelection(text);
  };

  for (const button of document.querySelectorAll("button.copy")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = document.getElementById(button.dataset.copy).textContent;
      const copied = await copy(text);
      button.textContent = copied ? "Copied" : "Copy failed: select the text";
      setTimeout(() => { button.textContent = "Copy rewrite"; }, 2500);
    });
  }

})();
