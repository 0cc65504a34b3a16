import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../validate';

// Swagger UI's files are copied into the static build (see site/integrations/api-docs-assets.ts),
// so the docs work offline and from our own origin.
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BlogX API</title>
<link rel="stylesheet" href="/_docs/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="/_docs/swagger-ui-bundle.js"></script>
<script src="/_docs/init.js"></script>
</body>
</html>`;

const getDocs = createRoute({
  method: 'get',
  path: '/docs',
  tags: ['System'],
  summary: 'Browsable API documentation',
  responses: { 200: { description: 'Swagger UI', content: { 'text/html': { schema: z.string() } } } },
});

export const docsRoutes = createRouter().openapi(getDocs, (c) => c.html(DOCS_PAGE));
