// Kept out of the HTML so the docs page needs no inline script (CSP).
window.SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true });
