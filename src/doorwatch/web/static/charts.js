// Renders every chart container: its Vega-Lite spec is the JSON island named in data-spec.
// Expressions run through vega-interpreter (ast: true) and vega-embed adds no <style>, so the
// charts need neither 'unsafe-eval' nor inline styles under the Content-Security-Policy.
(function () {
  var options = {
    actions: false,
    renderer: "svg",
    ast: true,
    defaultStyle: false,
    tooltip: { disableDefaultStyle: true },
  };
  function render() {
    document.querySelectorAll("[data-spec]").forEach(function (el) {
      var island = document.getElementById(el.dataset.spec);
      if (!island || typeof vegaEmbed === "undefined") return;
      vegaEmbed(el, JSON.parse(island.textContent), options)
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
