/* scenario_merge.h - merging an extending scenario's YAML tree over its base's (`extends:`). */
#ifndef VUDONG_SCENARIO_MERGE_H
#define VUDONG_SCENARIO_MERGE_H

#include <stdbool.h>

#include "yaml_tree.h"

/* Lays the top-level mapping `over` onto `base` in place (nodes are shared, both in arena a):
 * mappings merge key by key; lists whose items all carry an `id` merge item by item (same id
 * merged, new id appended, an item `{id: X, remove: true}` drops the base's item X); other
 * values are replaced; a key of an exclusive group (weather source, stage unit, ky/ky_stages)
 * removes the base's other keys of that group; `extends` of `over` is skipped. The merged
 * keys keep the marks of the file that wrote them. Returns false on out of memory. */
bool scenario_merge(yt_arena *a, yt_node *base, yt_node *over);

#endif
