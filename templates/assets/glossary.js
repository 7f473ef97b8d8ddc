// Glossary popovers: explain a term on hover, focus or tap.
