/* test_cli.c - the command table against what a user reads: --help lists every command of
 * the table with its usage line and summary and every option; the man page's SYNOPSIS
 * (docs/vudong.1) names every command with exactly the options the table says it uses, and
 * nothing the tables do not hold. */
#include "testing.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_table.h"

/* The whole of a stream from its start, NUL-terminated (caller frees), or NULL. */
static char *read_all(FILE *f)
{
	if (!f || fseek(f, 0, SEEK_END) != 0)
		return NULL;
	long n = ftell(f);
	rewind(f);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
		free(s);
		return NULL;
	}
	if (s)
		s[n] = 0;
	return s;
}

static char *help_text(void)
{
	FILE *f = tmpfile();
	if (!f)
		return NULL;
	cli_usage(f, LANG_EN);
	char *s = read_all(f);
	fclose(f);
	return s;
}

/* The line of `text` that holds `needle`, copied into line; false when none does. */
static bool line_with(const char *text, const char *needle, char *line, size_t size)
{
	const char *p = strstr(text, needle);
	if (!p)
		return false;
	while (p > text && p[-1] != '\n')
		p--;
	size_t n = strcspn(p, "\n");
	snprintf(line, size, "%.*s", (int)n, p);
	return true;
}

static void test_cli_help_lists_every_command_with_its_usage_line(void)
{
	char *help = help_text();
	CU_ASSERT_PTR_NOT_NULL_FATAL(help);
	CU_ASSERT_EQUAL(strncmp(help, "Usage: vudong [OPTIONS] [FILE.yaml]", 35), 0);
	for (size_t i = 0; i < cmd_table_count; i++) {
		const cmd_entry *c = &cmd_table[i];
		char usage[128], line[256];
		snprintf(usage, sizeof usage, " vudong%s%s%s%s ", c->name ? " " : "",
			 c->name ? c->name : "", c->usage[0] ? " " : "", c->usage);
		CU_ASSERT_TRUE(line_with(help, usage, line, sizeof line));
		CU_ASSERT_PTR_NOT_NULL(strstr(line, c->summary));
	}
	/* The commands the brief and DESIGN §5 name, each once. */
	static const char *const names[] = { "check", "run", "weather", "ensemble", "sensitivity",
					     "compare", "scenario" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		CU_ASSERT_PTR_NOT_NULL(cmd_find(names[i]));
	CU_ASSERT_EQUAL(cmd_table_count, 1 + sizeof names / sizeof names[0]);
	CU_ASSERT_PTR_NULL(cmd_table[0].name);
	free(help);
}

static void test_cli_help_lists_every_option(void)
{
	char *help = help_text();
	CU_ASSERT_PTR_NOT_NULL_FATAL(help);
	for (size_t i = 0; i < cli_option_count; i++) {
		const cli_option_entry *e = &cli_option_table[i];
		char start[64], line[256];
		snprintf(start, sizeof start, "\n  %s%s%s", e->name, e->value ? " " : "",
			 e->value ? e->value : "");
		CU_ASSERT_TRUE(line_with(help, start, line, sizeof line));
		CU_ASSERT_EQUAL(cli_option_find(e->name), e);
		if (e->alias)
			CU_ASSERT_EQUAL(cli_option_find(e->alias), e);
		/* An option is a flag, takes a value, or acts at once: one of the three. */
		CU_ASSERT_TRUE((e->set != NULL) != e->act);
		CU_ASSERT_TRUE(!e->value || e->set);
	}
	free(help);
}

/* A man page's SYNOPSIS section (caller frees), or NULL: docs/vudong.1 (".SH SYNOPSIS") or
 * the Vietnamese docs/vudong.vi.1 (".SH TÓM TẮT"). */
static char *synopsis_of(const char *path, const char *section)
{
	FILE *f = fopen(path, "r");
	char *man = read_all(f);
	if (f)
		fclose(f);
	if (!man)
		return NULL;
	char head[64];
	snprintf(head, sizeof head, "\n.SH %s\n", section);
	char *start = strstr(man, head);
	char *end = start ? strstr(start + 1, "\n.SH ") : NULL;
	char *s = NULL;
	if (end) {
		start += strlen(head);
		s = malloc((size_t)(end - start) + 2);
		if (s)
			snprintf(s, (size_t)(end - start) + 2, "%.*s\n", (int)(end - start), start);
	}
	free(man);
	return s;
}

/* The next option named in roff text from *p ("\-\-no\-color" is --no-color, "\-o" is -o),
 * into name; false at the end. */
static bool next_option(const char **p, char *name, size_t size)
{
	const char *s = strstr(*p, "\\-");
	if (!s)
		return false;
	size_t n = 0;
	bool is_long = strncmp(s, "\\-\\-", 4) == 0;
	name[n++] = '-';
	s += 2;
	if (is_long) {
		name[n++] = '-';
		s += 2;
	}
	while (n + 1 < size) {
		if (islower((unsigned char)*s))
			name[n++] = *s++;
		else if (is_long && strncmp(s, "\\-", 2) == 0 && islower((unsigned char)s[2]))
			name[n++] = '-', s += 2;
		else
			break;
	}
	name[n] = 0;
	*p = s;
	return true;
}

static void check_synopsis(const char *path, const char *section)
{
	char *syn = synopsis_of(path, section);
	CU_ASSERT_PTR_NOT_NULL_FATAL(syn);
	unsigned seen_cmd[16] = { 0 };   /* the options named in each command's lines, +1 */
	unsigned acts_seen = 0;
	CU_ASSERT_FATAL(cmd_table_count <= 16);
	for (char *block = syn; block && *block;) {
		char *next = strstr(block, "\n.br\n");
		if (next) {
			*next = 0;
			next += strlen("\n.br\n");
		}
		/* ".B vudong" then the command word, if any. */
		CU_ASSERT_EQUAL_FATAL(strncmp(block, ".B vudong", 9), 0);
		const char *w = block + 9;
		while (*w == ' ')
			w++;
		char word[32] = "";
		if (isalpha((unsigned char)*w))
			snprintf(word, sizeof word, "%.*s", (int)strcspn(w, " \n"), w);
		const cmd_entry *c = cmd_find(word[0] ? word : NULL);
		CU_ASSERT_PTR_NOT_NULL_FATAL(c);
		unsigned opts = 0, acts = 0;
		char name[40];
		for (const char *p = block; next_option(&p, name, sizeof name);) {
			const cli_option_entry *e = cli_option_find(name);
			CU_ASSERT_PTR_NOT_NULL(e);
			if (!e)
				fprintf(stderr, "SYNOPSIS names %s, which the option table does not hold\n", name);
			else if (e->act)
				acts |= OPT_BIT(e->id);
			else
				opts |= OPT_BIT(e->id);
		}
		acts_seen |= acts;
		if (!(acts && !opts && !word[0])) {   /* not a "vudong --help" line */
			size_t i = (size_t)(c - cmd_table);
			CU_ASSERT_EQUAL(seen_cmd[i], 0);   /* one block per command */
			seen_cmd[i] = opts + 1;
			CU_ASSERT_EQUAL(opts, c->options);
			if (opts != c->options)
				fprintf(stderr, "SYNOPSIS of %s: options %#x, the table says %#x\n",
					c->name ? c->name : "the interface", opts, c->options);
			/* The files of its usage line: FILE.yaml, A.yaml B.yaml. */
			if (strstr(c->usage, ".yaml"))
				for (const char *u = c->usage; (u = strstr(u, ".yaml")); u++) {
					const char *b = u;
					while (b > c->usage && isalpha((unsigned char)b[-1]))
						b--;
					char file[32];
					snprintf(file, sizeof file, "%.*s", (int)(u - b) + 5, b);
					CU_ASSERT_PTR_NOT_NULL(strstr(block, file));
				}
			else
				CU_ASSERT_PTR_NULL(strstr(block, ".yaml"));
		}
		block = next;
	}
	for (size_t i = 0; i < cmd_table_count; i++)
		CU_ASSERT_NOT_EQUAL(seen_cmd[i], 0);
	for (size_t i = 0; i < cli_option_count; i++)
		if (cli_option_table[i].act)
			CU_ASSERT_TRUE(acts_seen & OPT_BIT(cli_option_table[i].id));
	free(syn);
}

/* Both man pages, English and Vietnamese (installed under share/man/vi/man1). */
static void test_cli_man_synopsis_names_the_table(void)
{
	check_synopsis("docs/vudong.1", "SYNOPSIS");
	check_synopsis("docs/vudong.vi.1", "TÓM TẮT");
}

/* What a command may be given is what it uses or ignores, and nothing is both. */
static void test_cli_commands_use_or_ignore_each_option_once(void)
{
	unsigned used = 0;
	for (size_t i = 0; i < cmd_table_count; i++) {
		const cmd_entry *c = &cmd_table[i];
		CU_ASSERT_EQUAL(c->options & c->ignored, 0);
		CU_ASSERT_TRUE(c->files_min <= c->files_max && c->files_max <= 2);
		CU_ASSERT_PTR_NOT_NULL(c->exec);
		used |= c->options;
	}
	/* Every option but --help and --version is used by some command. */
	for (size_t i = 0; i < cli_option_count; i++)
		if (!cli_option_table[i].act)
			CU_ASSERT_TRUE(used & OPT_BIT(cli_option_table[i].id));
}

/* --help and the usage errors read in Vietnamese: every summary, option help and the message
 * each option gives for a value it refuses has a catalogue entry (cmd_args.c passes them
 * through tr(), which would print the English silently). */
static void test_cli_help_and_option_errors_have_vietnamese(void)
{
	for (size_t i = 0; i < cmd_table_count; i++) {
		CU_ASSERT_TRUE(tr_has(cmd_table[i].summary));
		if (!tr_has(cmd_table[i].summary))
			fprintf(stderr, "no Vietnamese for the summary '%s'\n", cmd_table[i].summary);
	}
	for (size_t i = 0; i < cli_option_count; i++) {
		const cli_option_entry *e = &cli_option_table[i];
		CU_ASSERT_TRUE(tr_has(e->help));
		if (!tr_has(e->help))
			fprintf(stderr, "no Vietnamese for %s's help '%s'\n", e->name, e->help);
		if (e->applies)
			CU_ASSERT_TRUE(tr_has(e->applies));
		if (!e->set || !e->value)
			continue;
		cli_options o;
		memset(&o, 0, sizeof o);
		const char *err = e->set(&o, "no-such-value");
		if (err) {
			CU_ASSERT_TRUE(tr_has(err));
			if (!tr_has(err))
				fprintf(stderr, "no Vietnamese for %s's error '%s'\n", e->name, err);
		}
	}
}

VUDONG_SUITE(cli)
{
	SUITE_ADD(s, "cli");
	TEST_ADD(s, test_cli_help_lists_every_command_with_its_usage_line);
	TEST_ADD(s, test_cli_help_lists_every_option);
	TEST_ADD(s, test_cli_man_synopsis_names_the_table);
	TEST_ADD(s, test_cli_commands_use_or_ignore_each_option_once);
	TEST_ADD(s, test_cli_help_and_option_errors_have_vietnamese);
	return 0;
}
