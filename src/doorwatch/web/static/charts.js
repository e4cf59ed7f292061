// Renders every chart container: its Vega-Lite spec is the JSON island named in data-spec.
(function () {
  function render() {
    document.querySelectorAll("[data-spec]").forEach(function (el) {
      var island = document.getElementById(el.dataset.spec);
      if (!island || typeof vegaEmbed === "undefined") return;
      vegaEmbed(el, JSON.parse(island.textContent), { actions: false, renderer: "svg" })
        .then(function () { el.dataset.rendered = "true"; })
        .catch(function (err) { el.textContent = "The chart could not be drawn: " + err; });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
