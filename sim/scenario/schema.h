/* schema.h - the one table of scenario keys (DESIGN §4): for every object and key its type,
 * unit, range, default, meaning and place in the structs of scenario.h. The loader, the
 * checks, the saver, the weather CSV reader and docs/scenario-format.md all read it, and the
 * interface validates edited values with the same ranges (schema_find + schema_check_number). */
#ifndef VUDONG_SCHEMA_H
#define VUDONG_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
	SF_NUMBER,      /* double */
	SF_INT,         /* int, a whole number */
	SF_SEED,        /* unsigned long, a whole number */
	SF_BOOL,        /* bool: true | false */
	SF_DATE,        /* vd_date, YYYY-MM-DD */
	SF_ID,          /* char[SCN_ID_MAX]: letters, digits, '-', '_', '.' */
	SF_NAME,        /* char[size]: any text */
	SF_TEXT,        /* char *, owned: any text */
	SF_FORMAT,      /* char[size]: must be "vudong/1" */
	SF_PATH,        /* a file path (extends, weather file) */
	SF_ENUM,        /* an enum stored as int; `choices` "a|b|c" */
	SF_REF,         /* int index of the object `child` names (crop, soil, land); -1 = none */
	SF_NUMBERS4,    /* double[4]: a list of four numbers */
	SF_STAGES5,     /* double[COLD_STAGES]: one number per cold stage, each defaulting to def */
	SF_OBJECT,      /* a mapping of object `child`; its struct is at base + offset */
	SF_LIST,        /* a list of `child` mappings: pointer at offset, size_t count at count_offset */
	SF_NORMALS,     /* the twelve monthly normals (weather_normal[12], indexed by month) */
	SF_IRRIGATION,  /* none | auto | a mapping of object "irrigation" */
	SF_FLAGS,       /* unsigned: a list of `choices` (each at most once), bit i for choice i */
	SF_YEARS        /* int[2], first and last year: `1991-2015` (0, 0 = not given) */
} schema_type;

enum {
	SFF_REQUIRED = 1u << 0,  /* must be given (for fields with `kinds`: when they apply) */
	SFF_NAN      = 1u << 1,  /* optional number; missing = NAN and not saved */
	SFF_FLOW     = 1u << 2,  /* saved in flow style ({a: 1} / [1, 2]) */
	SFF_NOSAVE   = 1u << 3   /* read, never saved (extends) */
};

typedef struct schema_field schema_field;
struct schema_field {
	const char *object;      /* "crop" */
	const char *key;         /* "depletion_p" */
	schema_type type;
	unsigned flags;
	const char *unit;        /* "m", "°C", "" */
	double min, max;         /* inclusive range of numbers (of each value for SF_NUMBERS4, SF_STAGES5) */
	double def;              /* default of an optional number, int, bool */
	size_t offset;           /* where the value (or the child struct) lives in the object's struct */
	size_t size;             /* SF_NAME/SF_ID/SF_FORMAT: buffer size; SF_LIST: element size */
	size_t count_offset;     /* SF_LIST: the size_t count */
	const char *child;       /* SF_OBJECT/SF_LIST/SF_IRRIGATION: child object; SF_REF: target */
	const char *choices;     /* SF_ENUM: "paddy|upland" (values 0, 1, ... in that order);
				  * SF_FLAGS: the names of the bits 0, 1, ... */
	const char *group;       /* exclusive group: at most one of its keys (see schema_group) */
	const char *kinds;       /* shock fields: the kinds they apply to, "cold_spell|drought" */
	/* Optional presence: given(obj) says whether the key is written when saving; set_given
	 * records that the loader found it. NULL = always present. */
	bool (*given)(const void *obj);
	void (*set_given)(void *obj);
	const char *meaning;     /* one line for the documentation */
	/* The plausible range (SF_NUMBER; both 0 = none): a value outside it loads, and `check`
	 * and the interface warn. Sources in schema.c. */
	double plaus_min, plaus_max;
};

/* An exclusive group: exactly one (required) or at most one of its keys in a mapping. */
typedef struct {
	const char *object;
	const char *name;        /* "weather source" */
	bool required;
	const char *missing;     /* the message when none is given */
} schema_group;

/* Objects in the order the documentation lists them. */
typedef struct {
	const char *name;        /* "plan" */
	const char *title;       /* "plan item" (used in messages) */
	const char *meaning;
} schema_object;

extern const schema_field schema_fields[];
extern const size_t schema_n_fields;
extern const schema_object schema_objects[];
extern const size_t schema_n_objects;
extern const schema_group schema_groups[];
extern const size_t schema_n_groups;

/* The field `key` of `object`, or NULL. */
const schema_field *schema_find(const char *object, const char *key);
/* The object a key of `object` holds (a mapping, a list's items, normals, irrigation), or
 * NULL when its value is a scalar (or there is no such key). */
const char *schema_child_object(const char *object, const char *key);
const schema_object *schema_find_object(const char *object);
const schema_group *schema_find_group(const char *object, const char *name);
/* The key of `object` nearest to `key` (edit distance at most 2, or a prefix); NULL if none. */
const char *schema_suggest_key(const char *object, const char *key);

/* Whether a field with `kinds` (a shock key) applies to an object of that kind; fields
 * without `kinds` always apply. */
bool schema_kind_applies(const schema_field *f, const char *kind);

/* Choices are written "a|b|c" (SF_ENUM `choices`, shock `kinds`). schema_choice copies the
 * i-th (from 0) into buf and returns buf, or returns NULL when there is no such choice;
 * schema_choice_index gives the index of s, or -1. */
const char *schema_choice(const char *choices, int i, char *buf, size_t size);
int schema_choice_index(const char *choices, const char *s);

/* Whether s holds only the characters of an id (SF_ID): letters, digits, '-', '_', '.'
 * (length and emptiness are the caller's to check). */
bool schema_valid_id(const char *s);

/* Checks v against f's range and wholeness. On failure writes "must be between 0 and 1"
 * (or "must be a whole number") to msg and returns false. */
bool schema_check_number(const schema_field *f, double v, char *msg, size_t size);

/* Whether v lies in f's plausible range (true when f has none). When it does not and v × 1000
 * would (a thousands separator read as a decimal point: `8.000` loaded as 8), *hint gets
 * v × 1000, else NAN. An optional key's 0 ("not given") is always plausible. */
bool schema_check_plausible(const schema_field *f, double v, double *hint);

typedef enum {
	NUM_OK,
	NUM_SYNTAX,     /* not a decimal number */
	NUM_NONFINITE,  /* NaN, infinity, or too large for a double */
} num_status;
/* The one checked parser for numbers from text: decimal only (optional sign, digits, '.',
 * exponent), all of s[0..len), finite. YAML's .nan/.inf and C's nan/inf/hex are rejected. */
num_status schema_parse_number(const char *s, size_t len, double *out);

/* Writes the shortest decimal text that reads back to exactly v ("0.1", "20", "1e-05").
 * buf needs 32 bytes. Returns buf. */
char *schema_format_number(double v, char *buf);

/* Sets every field of `object` in the struct at base to its default (recursing into child
 * objects that share or embed a struct): numbers to def or NAN, dates to DATE_NONE, refs -1,
 * lists empty (the pointer is not freed), irrigation none. */
void schema_apply_defaults(const char *object, void *base);

/* Levenshtein distance (bytes), capped at cap + 1. */
int schema_edit_distance(const char *a, const char *b, int cap);

/* The key tables of docs/scenario-format.md as Markdown (malloc'd; NULL on out of memory). */
char *schema_doc_markdown(void);

#endif
