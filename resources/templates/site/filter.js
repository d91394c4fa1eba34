/* Progressive enhancement: the list is complete without this script; it only hides cards. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("cards");
  if (!form || !list) { return; }
  var cards = list.children;
  var count = document.getElementById("count");
  var none = document.getElementById("none");
  var selects = { d: form.elements.d, l: form.elements.l, i: form.elements.i };
  function has(card, key, value) {
    // a listing that needs no particular language suits a speaker of any language
    if (key === "l" && card.hasAttribute("data-open")) { return true; }
    return !value || ("|" + card.getAttribute("data-" + key) + "|").indexOf("|" + value + "|") >= 0;
  }
  function apply() {
    var d = selects.d.value, l = selects.l.value, i = selects.i.value, shown = 0;
    for (var n = 0; n < cards.length; n++) {
      var card = cards[n];
      var ok = has(card, "d", d) && has(card, "l", l) && has(card, "i", i);
      card.hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = count.getAttribute("data-template").replace("{n}", String(shown));
    none.hidden = shown !== 0;
    var query = [];
    ["d", "l", "i"].forEach(function (k) { if (selects[k].value) { query.push(k + "=" + encodeURIComponent(selects[k].value)); } });
    if (window.history && history.replaceState) {
      history.replaceState(null, "", query.length ? "?" + query.join("&") : location.pathname);
    }
  }
  var params = new URLSearchParams(location.search);
  ["d", "l", "i"].forEach(function (k) {
    var v = params.get(k);
    if (v !== null) { selects[k].value = v; }
    selects[k].addEventListener("change", apply);
  });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  if (params.toString()) { apply(); }
})();
