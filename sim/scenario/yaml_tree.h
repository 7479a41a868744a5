/* yaml_tree.h - a YAML document as a small tree of scalars, mappings and lists with
 * file:line:col marks, built from libyaml's event API with vudong's limits enforced as the
 * events arrive (DESIGN §8): nesting depth, node count, keys per mapping, no anchors, aliases
 * or tags, no duplicate keys, one document. All nodes live in an arena freed at once. */
#ifndef VUDONG_YAML_TREE_H
#define VUDONG_YAML_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

#define YT_MAX_DEPTH 32          /* nested mappings and lists */
#define YT_MAX_NODES 1000000     /* nodes per file */
#define YT_MAX_KEYS 512          /* keys per mapping */
#define YT_MAX_FILE_BYTES (4u * 1024u * 1024u)
#define YT_MAX_ERRORS 100        /* past this, one last error and the parse stops */

typedef enum { YT_SCALAR, YT_MAP, YT_SEQ } yt_kind;

typedef struct yt_node yt_node;
typedef struct {
	yt_node *key, *value;
} yt_pair;

struct yt_node {
	yt_kind kind;
	bool plain;       /* scalar written without quotes */
	bool null;        /* plain empty, ~ or null */
	bool poisoned;    /* already reported (an alias); say nothing more about it */
	int file;         /* index into the loader's file list */
	int line, col;    /* 1-based start */
	size_t start, end; /* byte offsets in the parsed text: [start, end) (a block mapping or
			    * list ends where the next token starts) */
	char style;       /* scalar: 'p'lain, '\'' single, '"' double, '|' literal, '>' folded */
	bool flow;        /* mapping or list written in flow style ({...} / [...]) */
	char *text;       /* scalar: NUL-terminated UTF-8 */
	size_t len;       /* scalar: bytes; map: pairs; seq: items */
	yt_pair *pairs;   /* map */
	yt_node **items;  /* seq */
	size_t cap;
};

typedef struct yt_arena yt_arena;

yt_arena *yt_arena_create(void);
void yt_arena_destroy(yt_arena *a);            /* NULL is a no-op */

/* Parses one YAML document. Diagnostics use file_name and file_index. Returns the root (NULL
 * for an empty document) and sets *ok; *ok is false when an error was reported. After a
 * syntax error or a limit the tree is NULL; after duplicate keys, anchors or aliases the
 * tree is still returned (duplicates dropped, aliases as poisoned nulls) so later checks can
 * go on. */
yt_node *yt_parse(yt_arena *a, const char *text, size_t len, int file_index,
		  const char *file_name, diag_list *dl, bool *ok);

/* The value of key in map, or NULL (also when map is not a mapping). */
yt_node *yt_map_get(const yt_node *map, const char *key);
yt_pair *yt_map_pair(const yt_node *map, const char *key);
/* Removes key from map (no-op when absent). */
void yt_map_remove(yt_node *map, const char *key);
/* Appends to a mapping or list; false on out of memory. */
bool yt_map_append(yt_arena *a, yt_node *map, yt_node *key, yt_node *value);
bool yt_seq_append(yt_arena *a, yt_node *seq, yt_node *item);

/* "a mapping", "a list", "an empty value" or the scalar quoted: for "must be X, not Y". */
const char *yt_describe(const yt_node *n, char *buf, size_t size);

#endif
