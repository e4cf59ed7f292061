"""The web application: server-rendered pages and the REST API under ``/api/v1``.

A thin shell: each route parses its request, calls service functions and renders the result.
Build the app with :func:`doorwatch.web.app.create_app`.
"""
