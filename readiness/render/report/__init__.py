"""The readiness report for the leaders who sign: its view model, HTML and Markdown, PDF."""
