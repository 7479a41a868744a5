/* schema_doc.c - the key tables of docs/scenario-format.md, written as Markdown from the
 * scenario key table (schema.c): one table per object with each key's type, unit, range,
 * default and meaning. */
#include "schema.h"

#include <stdio.h>
#include <string.h>

#include "strbuf.h"

static const char *doc_type(const schema_field *f, char *buf, size_t size)
{
	switch (f->type) {
	case SF_NUMBER: return "number";
	case SF_INT: return "whole number";
	case SF_SEED: return "whole number";
	case SF_BOOL: return "true / false";
	case SF_DATE: return "date";
	case SF_ID: return "id";
	case SF_NAME: return "text";
	case SF_TEXT: return "text";
	case SF_FORMAT: return "text";
	case SF_PATH: return "path";
	case SF_ENUM: {
		snprintf(buf, size, "%s", f->choices);
		for (char *c = buf; *c; c++)
			if (*c == '|')
				*c = '/';
		return buf;
	}
	case SF_REF: snprintf(buf, size, "%s id", f->child); return buf;
	case SF_NUMBERS4: return "list of 4 numbers";
	case SF_STAGES5: return "list of 5 numbers";
	case SF_FLAGS: {
		int n = snprintf(buf, size, "list of ");
		snprintf(buf + n, size - (size_t)n, "%s", f->choices);
		for (char *c = buf; *c; c++)
			if (*c == '|')
				*c = '/';
		return buf;
	}
	case SF_OBJECT: snprintf(buf, size, "mapping (%s)", f->child); return buf;
	case SF_LIST: snprintf(buf, size, "list of %s", f->child); return buf;
	case SF_NORMALS: return "list of normal";
	case SF_IRRIGATION: return "none / auto / mapping (irrigation)";
	case SF_YEARS: return "years A-B";
	}
	return "?";
}

static bool doc_has_range(const schema_field *f)
{
	return f->type == SF_NUMBER || f->type == SF_INT || f->type == SF_SEED ||
	       f->type == SF_NUMBERS4 || f->type == SF_STAGES5;
}

static const char *doc_default(const schema_field *f, char *buf)
{
	if (f->flags & SFF_REQUIRED)
		return f->kinds ? "required" : "**required**";
	if (f->group)
		return "(one of the group)";
	if (f->flags & SFF_NAN)
		return "missing";
	switch (f->type) {
	case SF_NUMBER:
		return f->given ? "none" : schema_format_number(f->def, buf);
	case SF_INT:
	case SF_SEED:
		return (f->def == 0 && f->min > 0) ? "none" : schema_format_number(f->def, buf);
	case SF_BOOL:
		return f->def != 0 ? "true" : "false";
	case SF_IRRIGATION:
		return "none";
	case SF_REF:
		return "every crop";
	case SF_LIST:
		return "empty";
	case SF_OBJECT:
		return "optional";
	default:
		return "none";
	}
}

char *schema_doc_markdown(void)
{
	strbuf d;
	strbuf_init(&d);
	char line[1024], t[128], lo[32], hi[32], def[32];
	for (size_t o = 0; o < schema_n_objects; o++) {
		const schema_object *ob = &schema_objects[o];
		snprintf(line, sizeof line, "### `%s` — %s\n\n", ob->name, ob->meaning);
		strbuf_append(&d, line);
		strbuf_append(&d, "| key | type | unit | range | default | meaning |\n");
		strbuf_append(&d, "|---|---|---|---|---|---|\n");
		for (size_t i = 0; i < schema_n_fields; i++) {
			const schema_field *f = &schema_fields[i];
			if (strcmp(f->object, ob->name) != 0)
				continue;
			char range[160] = "", plo[32], phi[32];
			if (doc_has_range(f))
				snprintf(range, sizeof range, "%s – %s", schema_format_number(f->min, lo),
					 schema_format_number(f->max, hi));
			if (f->plaus_max > f->plaus_min)
				snprintf(range + strlen(range), sizeof range - strlen(range),
					 " (usual %s – %s)", schema_format_number(f->plaus_min, plo),
					 schema_format_number(f->plaus_max, phi));
			char meaning[400];
			if (f->kinds)
				snprintf(meaning, sizeof meaning, "%s (%s)", f->meaning, f->kinds);
			else
				snprintf(meaning, sizeof meaning, "%s", f->meaning);
			for (char *c = meaning; *c; c++)
				if (*c == '|')
					*c = '/';
			snprintf(line, sizeof line, "| `%s` | %s | %s | %s | %s | %s |\n", f->key,
				 doc_type(f, t, sizeof t), f->unit, range, doc_default(f, def), meaning);
			strbuf_append(&d, line);
		}
		strbuf_append(&d, "\n");
	}
	return strbuf_release(&d, NULL);
}
