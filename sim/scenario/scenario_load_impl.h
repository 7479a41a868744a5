/* scenario_load_impl.h - what the files of the scenario loader share, internal to them: the
 * state of one load and the functions one part calls in another.
 *   scenario_load.c          the entry points of scenario_load.h and the order of the work
 *   scenario_load_ctx.c      the load context: the file list, marks, diagnostics, parsing
 *                            one file's text
 *   scenario_load_extends.c  following `extends:` from file to file
 *   scenario_load_object.c   a YAML mapping into a struct, driven by the schema table
 *   scenario_load_scalar.c   one YAML scalar into a typed, range-checked value
 *   scenario_load_refs.c     ids naming crops, soils and land units, resolved at the end
 *   scenario_load_weather.c  reading the weather file a scenario names */
#ifndef VUDONG_SCENARIO_LOAD_IMPL_H
#define VUDONG_SCENARIO_LOAD_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "diag.h"
#include "scenario.h"
#include "scenario_load.h"
#include "scenario_marks.h"
#include "schema.h"
#include "yaml_tree.h"

#define LOAD_MAX_EXTENDS 16    /* files in one extends chain */

/* A reference by id, resolved once every list is loaded. */
typedef struct {
	int *dst;
	const char *id;            /* arena text */
	const char *target;        /* "crop", "soil", "land" */
	const commune *scope;      /* land: the commune */
	src_mark mark;
} pending_ref;

typedef struct {
	char *name;                /* as used in diagnostics */
	char *dir;                 /* directory for paths written in it ("" = current) */
	char *rel_dir;             /* the same relative to the first file's directory */
	dev_t dev;                 /* identity, for extends cycles (when has_id) */
	ino_t ino;
	bool has_id;
} file_info;

typedef struct {
	yt_arena *arena;           /* every file's tree */
	diag_list *dl;
	scenario *s;               /* being filled */
	file_info *files;          /* [0] is the file being loaded, then bases, then weather */
	size_t n_files, cap_files;
	int chain[LOAD_MAX_EXTENDS]; /* files being loaded, for cycles */
	int n_chain;
	mark_map marks;            /* where each value was written, for the checks */
	pending_ref *refs;
	size_t n_refs, cap_refs;
	commune *cur_commune;      /* while loading a commune: the scope of land references */
	const yt_node *weather_file_node; /* `weather.file`, once loaded */
	const yt_node *station_record_node; /* `weather.station.record` */
	const yt_node *observed_node; /* `weather.observed_to_date` */
	bool builtin;              /* the built-in scenario: its station record is compiled in */
	diag_budget budget;        /* how many problems may still be listed */
	scenario_load_mode mode;   /* SCENARIO_LOAD_WEATHER_ONLY: no soils, crops, communes needed */
	bool oom;
} load_ctx;

/* scenario_load_ctx.c */
src_mark load_mark(const yt_node *n);
/* Loads the built-in scenario's text ("<built-in>"): its station record is compiled in. */
bool load_builtin(const char *text, size_t len, scenario *out, diag_list *dl);
/* Reports "out of memory" once and sets c->oom. */
void load_oom(load_ctx *c);
/* An error at n's file:line:col (the first file's name when n is NULL). */
void load_error_at(load_ctx *c, const yt_node *n, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 3, 4)))
#endif
	;
/* Records where the value at addr (field f) was written and whether it was bad. */
void load_record(load_ctx *c, const void *addr, const schema_field *f, const yt_node *key,
		 const yt_node *value, bool bad);
/* Adds a file to the list; its index, or -1 on out of memory. */
int load_add_file(load_ctx *c, const char *name, const char *dir, const char *rel_dir);
/* Parses file's text into a tree whose root is a mapping; NULL (reported) otherwise. */
yt_node *load_parse_text(load_ctx *c, int file, const char *text, size_t len);

/* scenario_load_extends.c: root's `extends:` followed (recursively) and merged under root;
 * root itself when it has none; NULL (reported) on failure. */
yt_node *load_extends(load_ctx *c, yt_node *root, int file);

/* scenario_load_object.c: the mapping `map` into the struct of schema object `object` at
 * base; every problem reported, every value's place recorded. */
void load_object(load_ctx *c, const char *object, const yt_node *map, void *base);

/* scenario_load_scalar.c */
/* Whether v is of kind (a scalar: not empty and without NUL bytes); else reports "'key'
 * must be <what>, not ..." (nothing for an alias, which is already reported). */
bool load_need(load_ctx *c, const schema_field *f, const yt_node *v, yt_kind kind,
	       const char *what);
/* A number through the checked parser and f's range. */
/* Reports a number that did not parse, naming a decimal comma or a unit written with it. */
void load_number_mistake(load_ctx *c, const schema_field *f, const yt_node *v, const char *what);
bool load_number(load_ctx *c, const schema_field *f, const yt_node *v, double *out);
/* An id: letters, digits, '-', '_', '.', shorter than SCN_ID_MAX. */
bool load_id(load_ctx *c, const schema_field *f, const yt_node *v);
/* A scalar field (SF_NUMBER ... SF_ENUM, not SF_REF) stored at dst; false when reported. */
bool load_scalar(load_ctx *c, const schema_field *f, const yt_node *v, void *dst);

/* scenario_load_refs.c */
/* Remembers that *dst must become the index of the item of f->child named by v. */
bool load_ref_add(load_ctx *c, const schema_field *f, const yt_node *v, int *dst);
/* Resolves every remembered reference; an unknown id is an error with a hint. */
void load_refs_resolve(load_ctx *c);

/* scenario_load_weather.c: reads and parses the weather file, the station record and the
 * observed-to-date file the scenario names, if any, then derives the station's normals. */
void load_weather_file(load_ctx *c);

#endif
