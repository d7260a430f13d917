// The OpenAPI document as a page to read (/docs/api): plain HTML from the document itself, no
// script and no third party, so it reads the same in a screen reader, a text browser or print. A
// contents list, a section per tag, each operation a heading with its method and path, its
// parameters and answers as tables with captions, and every schema's fields as a table.
import { escapeHtml as escape, plainPage } from './plain-page.js';

// A JSON document walked by key: its shape is OpenAPI's, checked by the tests, not by types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const idOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const refName = (ref: string) => ref.split('/').at(-1)!;

function typeOf(schema: Json | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return `<a href="#schema-${idOf(refName(schema.$ref))}">${escape(refName(schema.$ref))}</a>`;
  if (schema.enum) return `one of ${schema.enum.map((value: unknown) => `<code>${escape(JSON.stringify(value))}</code>`).join(', ')}`;
  if (schema.const !== undefined) return `<code>${escape(JSON.stringify(schema.const))}</code>`;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.type === 'array') return `list of ${typeOf(schema.items)}`;
  if (schema.type === 'object' && schema.properties) return 'object (fields below)';
  if (schema.type === 'object' && schema.additionalProperties) return `map of ${typeOf(schema.additionalProperties)}`;
  const limits = [schema.pattern && `pattern <code>${escape(schema.pattern)}</code>`, schema.maxLength !== undefined && `at most ${schema.maxLength} characters`, schema.minimum !== undefined && `from ${schema.minimum}`]
    .filter(Boolean)
    .join(', ');
  return `${escape(schema.type ?? 'any')}${limits ? ` (${limits})` : ''}`;
}

function fieldsTable(caption: string, schema: Json): string {
  const properties: Record<string, Json> = schema.properties ?? {};
  const required = new Set<string>(schema.required ?? []);
  if (Object.keys(properties).length === 0) return `<p>${escape(caption)}: ${typeOf(schema)}</p>`;
  const rows = Object.entries(properties)
    .map(([name, field]) => `<tr><th scope="row"><code>${escape(name)}</code></th><td>${typeOf(field)}</td><td>${required.has(name) ? 'yes' : 'no'}</td></tr>`)
    .join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function openApiPage(document: Json): string {
  const tags: string[] = document.tags.map((tag: Json) => tag.name);
  const operations = Object.entries(document.paths as Record<string, Json>).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Json>).map(([method, operation]) => ({ path, method, operation })),
  );
  const sections = tags
    .map((tag) => {
      const items = operations
        .filter(({ operation }) => operation.tags[0] === tag)
        .map(({ path, method, operation }) => {
          const parameters: Json[] = (operation.parameters ?? []).map((parameter: Json) => (parameter.$ref ? document.components.parameters[refName(parameter.$ref)] : parameter));
          const parameterTable = parameters.length
            ? `<table><caption>Parameters of ${method.toUpperCase()} ${escape(path)}</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Meaning</th></tr></thead><tbody>${parameters
                .map((parameter) => `<tr><th scope="row"><code>${escape(parameter.name)}</code></th><td>${escape(parameter.in)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${escape(parameter.description ?? '')}</td></tr>`)
                .join('')}</tbody></table>`
            : '';
          const body = operation.requestBody ? `<p>Body: ${typeOf(operation.requestBody.content['application/json'].schema)}</p>` : '';
          const answers = Object.entries(operation.responses as Record<string, Json>)
            .map(([status, response]) => {
              const content = response.content ? Object.entries(response.content as Record<string, Json>)[0] : undefined;
              const schema = content?.[1]?.schema;
              const what = schema ? (schema.allOf ? typeOf(schema.allOf[0]) : typeOf(schema)) : content ? escape(content[0]) : 'no body';
              return `<tr><th scope="row">${escape(status)}</th><td>${escape(response.description)}</td><td>${what}</td></tr>`;
            })
            .join('');
          const access = operation['x-access'] ? `Who: ${escape(operation['x-access'])}${operation['x-service'] ? `, with the ${escape(operation['x-service'])} service on` : ''}. ` : 'Who: anyone. ';
          return `<section aria-labelledby="op-${idOf(method + path)}">
<h3 id="op-${idOf(method + path)}"><code>${method.toUpperCase()} ${escape(path)}</code></h3>
<p>${escape(operation.summary)}</p>
<p>${access}${operation['x-sandbox-only'] ? 'Sandbox only.' : ''}</p>
${parameterTable}${body}
<table><caption>Answers of ${method.toUpperCase()} ${escape(path)}</caption><thead><tr><th scope="col">Status</th><th scope="col">Meaning</th><th scope="col">Body</th></tr></thead><tbody>${answers}</tbody></table>
</section>`;
        })
        .join('\n');
      return `<section aria-labelledby="tag-${idOf(tag)}"><h2 id="tag-${idOf(tag)}">${escape(tag)}</h2>\n${items}</section>`;
    })
    .join('\n');
  const schemas = Object.entries(document.components.schemas as Record<string, Json>)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, schema]) => `<section aria-labelledby="schema-${idOf(name)}"><h3 id="schema-${idOf(name)}">${escape(name)}</h3>${fieldsTable(`Fields of ${name}`, schema)}</section>`)
    .join('\n');
  return plainPage(
    'en',
    `API reference – ${escape(document.info.title)}`,
    `<h1>API reference: ${escape(document.info.title)} ${escape(document.info.version)}</h1>
<p>${escape(document.info.description)}</p>
<p>The same as OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<nav aria-label="Contents"><ul>${tags.map((tag) => `<li><a href="#tag-${idOf(tag)}">${escape(tag)}</a></li>`).join('')}<li><a href="#schemas">Schemas</a></li></ul></nav>
${sections}
<section aria-labelledby="schemas"><h2 id="schemas">Schemas</h2>
${schemas}
</section>`,
  );
}
