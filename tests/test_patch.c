/* test_patch.c - saving into the user's text (scenario_patch.h): every shipped scenario,
 * edited in each way the interface edits (a value, a plan item added, a plan item deleted, a
 * shock switched off or on, a crop parameter), is saved so that a line diff against the
 * original shows only the edited lines, every comment and `extends:` line stays, and the
 * saved file loads back to the edited figures. */
#include "testing.h"

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "path.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "scenario_patch.h"
#include "text_file.h"
#include "tmpdir.h"

typedef enum { EDIT_VALUE, EDIT_ADD, EDIT_DELETE, EDIT_SHOCK, EDIT_CROP, EDIT_COUNT } edit_kind;

/* Lines of text (pointers into a copy). */
typedef struct {
	char *buf;
	char **line;
	size_t n;
} lines;

static void lines_split(lines *l, const char *text)
{
	l->buf = strdup(text);
	l->n = 0;
	l->line = NULL;
	size_t cap = 0;
	for (char *p = l->buf; p && *p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = 0;
		if (l->n == cap) {
			cap = cap ? cap * 2 : 64;
			l->line = realloc(l->line, cap * sizeof *l->line);
		}
		l->line[l->n++] = p;
		p = nl ? nl + 1 : NULL;
	}
}

static void lines_fini(lines *l)
{
	free(l->buf);
	free(l->line);
}

/* Lines removed from a and added in b, as `diff` counts them (longest common subsequence). */
static void line_diff(const char *a, const char *b, size_t *removed, size_t *added)
{
	lines x, y;
	lines_split(&x, a);
	lines_split(&y, b);
	size_t w = y.n + 1;
	unsigned *t = calloc((x.n + 1) * w, sizeof *t);
	for (size_t i = x.n; i-- > 0;)
		for (size_t j = y.n; j-- > 0;)
			t[i * w + j] = strcmp(x.line[i], y.line[j]) == 0 ? t[(i + 1) * w + j + 1] + 1 :
				       t[(i + 1) * w + j] > t[i * w + j + 1] ? t[(i + 1) * w + j] : t[i * w + j + 1];
	*removed = x.n - t[0];
	*added = y.n - t[0];
	free(t);
	lines_fini(&x);
	lines_fini(&y);
}

/* Every line of a that starts with '#' or holds `extends:` is still a line of b. */
static int kept_lines(const char *a, const char *b)
{
	lines x, y;
	lines_split(&x, a);
	lines_split(&y, b);
	int missing = 0;
	for (size_t i = 0; i < x.n; i++) {
		if (x.line[i][0] != '#' && strncmp(x.line[i], "extends:", 8) != 0)
			continue;
		bool found = false;
		for (size_t j = 0; j < y.n && !found; j++)
			found = strcmp(x.line[i], y.line[j]) == 0;
		missing += !found;
	}
	lines_fini(&x);
	lines_fini(&y);
	return missing;
}

/* Applies one edit; false when the scenario has nothing to apply it to. */
static bool apply(scenario *s, edit_kind k)
{
	commune *c = s->n_communes ? &s->communes[0] : NULL;
	switch (k) {
	case EDIT_VALUE:
		if (!c || !c->n_plan)
			return false;
		c->plan[0].area_ha += 1.5;
		return true;
	case EDIT_ADD: {
		if (!c || !c->n_plan)
			return false;
		plan_item *p = realloc(c->plan, (c->n_plan + 1) * sizeof *p);
		CU_ASSERT_PTR_NOT_NULL_FATAL(p);
		c->plan = p;
		memmove(&p[2], &p[1], (c->n_plan - 1) * sizeof *p);
		p[1] = p[0];
		snprintf(p[1].id, sizeof p[1].id, "%.40s-copy", p[0].id);
		p[1].area_ha = 2.25;
		c->n_plan++;
		return true;
	}
	case EDIT_DELETE:
		if (!c || !c->n_plan)
			return false;
		memmove(&c->plan[0], &c->plan[1], (c->n_plan - 1) * sizeof *c->plan);
		c->n_plan--;
		return true;
	case EDIT_SHOCK:
		if (!s->n_shocks)
			return false;
		s->shocks[0].enabled = !s->shocks[0].enabled;
		return true;
	case EDIT_CROP:
		if (!s->n_crops)
			return false;
		s->crops[0].yield_potential_t_ha = 17.5;
		return true;
	default:
		return false;
	}
}

/* The figures an edit changes, the same in both. */
static void same_figures(const scenario *a, const scenario *b)
{
	CU_ASSERT_EQUAL_FATAL(a->n_communes, b->n_communes);
	for (size_t i = 0; i < a->n_communes; i++) {
		const commune *x = &a->communes[i], *y = &b->communes[i];
		CU_ASSERT_EQUAL(x->n_plan, y->n_plan);
		double ax = 0, ay = 0;
		for (size_t k = 0; k < x->n_plan; k++)
			ax += x->plan[k].area_ha;
		for (size_t k = 0; k < y->n_plan; k++)
			ay += y->plan[k].area_ha;
		CU_ASSERT_DOUBLE_EQUAL(ax, ay, 1e-9);
	}
	CU_ASSERT_EQUAL_FATAL(a->n_shocks, b->n_shocks);
	for (size_t i = 0; i < a->n_shocks; i++)
		CU_ASSERT_EQUAL(a->shocks[i].enabled, b->shocks[i].enabled);
	CU_ASSERT_EQUAL(a->crops[0].yield_potential_t_ha, b->crops[0].yield_potential_t_ha);
}

static void check_file(const char *path, const char *dir)
{
	char *orig;
	size_t olen;
	CU_ASSERT_EQUAL_FATAL(text_file_read(path, 1u << 22, &orig, &olen), 0);
	char *from_dir = path_dir(path);
	scenario_source src = { orig, olen, path, from_dir };
	for (int k = 0; k < EDIT_COUNT; k++) {
		diag_list dl;
		diag_list_init(&dl);
		scenario s;
		CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &s, &dl));
		if (!apply(&s, (edit_kind)k)) {
			scenario_fini(&s);
			diag_list_fini(&dl);
			continue;
		}
		/* Saved beside the original, so relative paths stay as they are. */
		char out[512];
		snprintf(out, sizeof out, "%s/.patch-test-%d.yaml", from_dir, k);
		size_t len;
		char *text = scenario_patch_text(&s, &src, out, &len, &dl);
		if (!text) {
			char buf[400];
			const diag *d = diag_list_first_problem(&dl);
			fprintf(stderr, "\n%s edit %d: %s\n", path, k, d ? diag_format(d, buf, sizeof buf) : "?");
		}
		CU_ASSERT_PTR_NOT_NULL_FATAL(text);
		size_t removed, added;
		line_diff(orig, text, &removed, &added);
		/* One line changed in place; in a file that extends another an edit of the base's
		 * values adds at most the path to it (communes: / - id: / plan: / - {...}). */
		if (removed > 1 || added > 4 || removed + added == 0)
			fprintf(stderr, "\n%s edit %d: -%zu +%zu\n%s\n", path, k, removed, added, text);
		CU_ASSERT_TRUE(removed <= 1);
		CU_ASSERT_TRUE(added <= 4);
		CU_ASSERT_TRUE(removed + added >= 1);
		CU_ASSERT_EQUAL(kept_lines(orig, text), 0);
		scenario back;
		diag_list dl2;
		diag_list_init(&dl2);
		CU_ASSERT_TRUE_FATAL(scenario_load_text(out, text, len, from_dir, &back, &dl2));
		same_figures(&s, &back);
		scenario_fini(&back);
		diag_list_fini(&dl2);
		free(text);
		scenario_fini(&s);
		diag_list_fini(&dl);
	}
	(void)dir;
	free(from_dir);
	free(orig);
}

static void test_shipped_scenarios_patch_in_place(void)
{
	glob_t g;
	CU_ASSERT_EQUAL_FATAL(glob("scenarios/*.yaml", 0, NULL, &g), 0);
	CU_ASSERT_TRUE(g.gl_pathc >= 4);
	for (size_t i = 0; i < g.gl_pathc; i++)
		check_file(g.gl_pathv[i], NULL);
	globfree(&g);
}

/* Issue 13 case 8: a string of tabs is saved as tabs, not as `\t`, so a file near the limit
 * stays within it, and loads back byte for byte. 1 MiB of notes: 2^20 tabs and letters. */
static void test_tabs_round_trip_within_limits(void)
{
	size_t n = 1u << 20;
	const char *head = "format: vudong/1\nextends: scenarios/binh-lieu-2020.yaml\nnotes: \"";
	size_t hl = strlen(head);
	char *text = malloc(hl + n + 3);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	memcpy(text, head, hl);
	for (size_t i = 0; i < n; i++)
		text[hl + i] = i % 2 ? '\t' : 'x';
	memcpy(text + hl + n, "\"\n", 3);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_text("tabs.yaml", text, hl + n + 2, "", &s, &dl));
	CU_ASSERT_EQUAL(strlen(s.notes), n);
	size_t len;
	char *yaml = scenario_to_yaml(&s, &len, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(yaml);
	/* Not doubled: the notes take n bytes (plus line folding) in a 20 kB scenario. */
	CU_ASSERT_TRUE(len < n + n / 8 + 65536);
	scenario back;
	CU_ASSERT_TRUE_FATAL(scenario_load_text("saved.yaml", yaml, len, "", &back, &dl));
	CU_ASSERT_EQUAL(strcmp(back.notes, s.notes), 0);
	/* The patched save keeps the user's text as it is: no edit, no change. */
	scenario_source src = { text, hl + n + 2, "tabs.yaml", "" };
	size_t plen;
	char *patched = scenario_patch_text(&s, &src, "tabs-saved.yaml", &plen, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(patched);
	CU_ASSERT_TRUE(plen == hl + n + 2 && memcmp(patched, text, plen) == 0);
	free(patched);
	scenario_fini(&back);
	free(yaml);
	scenario_fini(&s);
	diag_list_fini(&dl);
	free(text);
}

/* Every tests/bad/ file that loads (some only warn) saves, whole and patched with an edit,
 * to text that loads back to the same scenario. */
static void test_bad_files_that_load_round_trip(void)
{
	glob_t g;
	CU_ASSERT_EQUAL_FATAL(glob("tests/bad/*.yaml", 0, NULL, &g), 0);
	size_t loaded = 0;
	for (size_t i = 0; i < g.gl_pathc; i++) {
		const char *path = g.gl_pathv[i];
		diag_list dl;
		diag_list_init(&dl);
		scenario s;
		if (!scenario_load_file(path, &s, &dl)) {
			diag_list_fini(&dl);
			continue;
		}
		loaded++;
		size_t len;
		char *yaml = scenario_to_yaml(&s, &len, &dl);
		CU_ASSERT_PTR_NOT_NULL_FATAL(yaml);
		char *dir = path_dir(path);
		scenario back;
		CU_ASSERT_TRUE_FATAL(scenario_load_text(path, yaml, len, dir, &back, &dl));
		size_t len2;
		char *again = scenario_to_yaml(&back, &len2, &dl);
		CU_ASSERT_TRUE(again && len == len2 && memcmp(yaml, again, len) == 0);
		char *orig;
		size_t olen;
		CU_ASSERT_EQUAL_FATAL(text_file_read(path, 1u << 22, &orig, &olen), 0);
		scenario_source src = { orig, olen, path, dir };
		apply(&s, EDIT_VALUE);
		size_t plen;
		char *patched = scenario_patch_text(&s, &src, path, &plen, &dl);
		CU_ASSERT_PTR_NOT_NULL(patched);
		free(patched);
		free(orig);
		free(again);
		scenario_fini(&back);
		free(dir);
		free(yaml);
		scenario_fini(&s);
		diag_list_fini(&dl);
	}
	CU_ASSERT_TRUE(loaded >= 1);
	globfree(&g);
}

VUDONG_SUITE(patch)
{
	SUITE_ADD(s, "patch");
	TEST_ADD(s, test_shipped_scenarios_patch_in_place);
	TEST_ADD(s, test_tabs_round_trip_within_limits);
	TEST_ADD(s, test_bad_files_that_load_round_trip);
	return 0;
}
