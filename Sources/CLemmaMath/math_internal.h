#ifndef LEMMA_MATH_INTERNAL_H
#define LEMMA_MATH_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include <cmark-gfm/buffer.h>
#include <cmark-gfm/chunk.h>
#include <cmark-gfm/cmark-gfm-extension_api.h>
#include <cmark-gfm/cmark-gfm.h>
#include <cmark-gfm/houdini.h>
#include <cmark-gfm/node.h>
#include <cmark-gfm/parser.h>
#include <cmark-gfm/render.h>
#include <cmark-gfm/syntax_extension.h>

#include "LemmaMath.h"

/* Written in place of the backslash of \( \[ \eqref{ \ref{ before inline parsing, so that the
 * inline parser hands those openers to this extension (cmark handles '\' itself otherwise).
 * Same length as the backslash, so every source position stays exact. */
#define LEMMA_MATH_SENTINEL ((unsigned char)0x01)

/* Block math lives in a node of this extension's own block type. While the block is being
 * parsed the node is typed as a thematic break (see math_block.c) and converted afterwards. */
extern cmark_node_type LEMMA_MATH_BLOCK;

typedef struct {
  int kind;             /* lemma_math_kind */
  bool closed;          /* closing delimiter seen */
  int depth;            /* nesting depth of \begin{name} for environments */
  char env[16];         /* environment name, or "" */
  int line, column;     /* opening delimiter */
  int tex_line, tex_column; /* first non-space character of the TeX, 0 until seen */
  cmark_strbuf raw;     /* the block's lines, delimiters included */
  char *tex;            /* NUL-terminated TeX, set when the block closes or is finalized */
} lemma_math_block;

typedef struct {
  int kind;
  int line, column;
  int tex_line, tex_column;
} lemma_math_inline;

cmark_node *lemma_math_match_inline(cmark_syntax_extension *ext, cmark_parser *parser,
                                    cmark_node *parent, unsigned char c,
                                    cmark_inline_parser *inline_parser);

cmark_node *lemma_math_try_opening_block(cmark_syntax_extension *ext, int indented,
                                         cmark_parser *parser, cmark_node *parent,
                                         unsigned char *input, int len);

int lemma_math_last_block_matches(cmark_syntax_extension *ext, cmark_parser *parser,
                                  unsigned char *input, int len, cmark_node *node);

void lemma_math_render_html(cmark_syntax_extension *ext, cmark_html_renderer *renderer,
                            cmark_node *node, cmark_event_type ev, int options);

/* Marks the openers in `content` (see LEMMA_MATH_SENTINEL); returns the number marked. */
int lemma_math_mark_openers(unsigned char *content, bufsize_t len);

/* Position just after the closer of a backslash form starting at `from`, or -1. `closer` is
 * ')' or ']'. A backslash or sentinel escapes the next byte. */
bufsize_t lemma_math_find_backslash_closer(const unsigned char *data, bufsize_t len,
                                           bufsize_t from, unsigned char closer);

/* Length of a "\eqref{…}" / "\ref{…}" starting at `at` (at the backslash or sentinel), or 0. */
bufsize_t lemma_math_reference_length(const unsigned char *data, bufsize_t len, bufsize_t at);

/* Finalizes a block: computes its TeX from the raw lines. Idempotent. */
void lemma_math_block_finish(cmark_mem *mem, lemma_math_block *block);

lemma_math_block *lemma_math_block_data(cmark_node *node);

/* Turns an unclosed math block back into the paragraph its lines make. */
void lemma_math_block_demote(cmark_mem *mem, cmark_node *node);

#endif
