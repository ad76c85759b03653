// Region chooser: filters the list of regions as one types. Without this script the page is a
// plain list of links (and the browser's find works on it).
(function () {
  "use strict";
  var input = document.getElementById("region-filter");
  var list = document.getElementById("regions");
  if (!input || !list) return;
  var items = Array.prototype.slice.call(list.getElementsByTagName("li"));
  function fold(text) { return text.toLowerCase().replace(/ё/g, "е"); }
  var names = items.map(function (li) { return fold(li.textContent); });
  input.addEventListener("input", function () {
    var query = fold(input.value.trim());
    items.forEach(function (li, i) { li.hidden = query !== "" && names[i].indexOf(query) === -1; });
  });
})();
