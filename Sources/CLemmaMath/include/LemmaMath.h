#ifndef LEMMA_MATH_H
#define LEMMA_MATH_H

/*
 * The `lemma-math` cmark-gfm syntax extension: LaTeX passthrough for $…$, \(…\), $$…$$, \[…\],
 * the equation-like environments, and \eqref{…} / \ref{…} in prose.
 *
 * cmark types are declared opaquely here so that Swift sees the same OpaquePointer as the
 * CCmarkGFM module gives.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct cmark_node;
struct cmark_parser;
struct cmark_syntax_extension;

/** The kinds of math, in the order of the Swift `MathKind` cases. */
typedef enum {
  LEMMA_MATH_INLINE = 0,
  LEMMA_MATH_DISPLAY_INLINE = 1,
  LEMMA_MATH_DISPLAY_BLOCK = 2,
  LEMMA_MATH_ENVIRONMENT = 3,
  LEMMA_MATH_REFERENCE = 4
} lemma_math_kind;

/** Where a math node sits in the parsed text (1-based lines, 1-based byte columns). */
typedef struct {
  int kind;
  int line;
  int column;
  int tex_line;
  int tex_column;
} lemma_math_info;

/** Registers the extension with cmark-gfm (idempotent) and returns it. Not thread-safe: call it
 *  under the same lock as parsing. */
struct cmark_syntax_extension *lemma_math_extension(void);

/** Call after the last cmark_parser_feed and before cmark_parser_finish: arms the pass that
 *  marks \( \[ \eqref \ref openers in every block's inline content before inlines are parsed. */
void lemma_math_prepare(struct cmark_parser *parser);

/** Returns 1 and fills `info` when `node` is a math node (inline or block), else 0. */
int lemma_math_node_info(struct cmark_node *node, lemma_math_info *info);

/** The TeX of a math node (without delimiters; environments whole; references as written),
 *  NUL-terminated, owned by the node. NULL when `node` is not math. */
const char *lemma_math_node_tex(struct cmark_node *node);

/* The name of the `index`th environment that opens a display block (`equation`, `align*`, …),
   or NULL past the last. */
const char *lemma_math_environment_name(int index);

/** During rendering, makes a heading render as <hN id="ID"><a class="anchor" …>#</a>…</hN>.
 *  `id` must stay alive until lemma_math_unmark_heading. */
void lemma_math_mark_heading(struct cmark_node *heading, const char *id);
void lemma_math_unmark_heading(struct cmark_node *heading);

/** Line and column (byte based) where the content of an inline container starts, after the
 *  block's own marker (e.g. after "## "), for position fix-ups. */
int lemma_node_internal_offset(struct cmark_node *node);

#ifdef __cplusplus
}
#endif

#endif
