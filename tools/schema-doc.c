/* schema-doc.c - rewrites the key tables of docs/scenario-format.md from the schema table
 * (sim/scenario/schema.c): everything between the lines `<!-- schema:begin -->` and
 * `<!-- schema:end -->` is replaced. tests/test_schema.c fails when the two differ.
 * Build and run from the repository root (after `make`):
 *   cc -std=c11 -D_POSIX_C_SOURCE=200809L -Isim/base -Isim/model -Isim/scenario tools/schema-doc.c build/libvudong.a \
 *      $(pkg-config --libs yaml-0.1) -lm -o build/schema-doc && build/schema-doc docs/scenario-format.md */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"

static const char begin[] = "<!-- schema:begin -->\n", end[] = "<!-- schema:end -->\n";

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: schema-doc docs/scenario-format.md\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	static char text[1 << 20];
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = 0;
	char *b = strstr(text, begin), *e = b ? strstr(b, end) : NULL;
	char *tables = schema_doc_markdown();
	if (!b || !e || !tables) {
		fprintf(stderr, "%s: no %.*s ... %.*s block\n", argv[1], (int)strlen(begin) - 1, begin,
			(int)strlen(end) - 1, end);
		free(tables);
		return 1;
	}
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
	FILE *o = fopen(tmp, "wb");
	if (!o) {
		perror(tmp);
		free(tables);
		return 1;
	}
	fwrite(text, 1, (size_t)(b - text) + strlen(begin), o);
	fputs(tables, o);
	fputs(e, o);
	free(tables);
	if (fclose(o) != 0 || rename(tmp, argv[1]) != 0) {
		perror(argv[1]);
		return 1;
	}
	return 0;
}
