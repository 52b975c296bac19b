"""Step 6: exploring an assessment: editing a file by path, what-if, the plan of next steps,
and the comparison of two assessments."""
