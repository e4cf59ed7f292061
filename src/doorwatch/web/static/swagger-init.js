// Starts Swagger UI on the API schema; a file of its own so the page needs no inline script.
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  SwaggerUIBundle({ url: root.dataset.schema, dom_id: "#swagger-ui", deepLinking: true });
});
