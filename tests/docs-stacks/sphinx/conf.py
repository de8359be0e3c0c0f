# A minimal Sphinx site with the Furo theme that uses the packed
# support-policy-widget the way package/README.md's recipe says
# (tests/e2e/docstacks.test.mjs): the test copies the package's files to
# _static/support-policy-widget/.
project = "Docs"
html_theme = "furo"
html_static_path = ["_static"]
html_js_files = [("support-policy-widget/support-policy-widget.js", {"type": "module"})]
