#include "math_internal.h"

#include <string.h>

/* The leading fields of cmark-gfm 0.29's inline `subject` (inlines.c). Only used after checking
 * them against the public accessors, to keep line numbers right after math that spans lines. */
typedef struct {
  cmark_mem *mem;
  cmark_chunk input;
  int line;
  bufsize_t pos;
  int block_offset;
  int column_offset;
} lemma_subject_prefix;

static bool subject_layout_matches(cmark_inline_parser *ip) {
  const lemma_subject_prefix *s = (const lemma_subject_prefix *)ip;
  return s->line == cmark_inline_parser_get_line(ip) &&
         s->pos == cmark_inline_parser_get_offset(ip) &&
         s->pos + 1 + s->column_offset + s->block_offset == cmark_inline_parser_get_column(ip) &&
         s->input.data == cmark_inline_parser_get_chunk(ip)->data;
}

static bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

/* Line and column of byte `p` of the subject, counted like cmark counts them. */
static void subject_position(cmark_inline_parser *ip, bool exact, const unsigned char *data,
                             bufsize_t p, int *line, int *column) {
  if (!exact) {
    *line = cmark_inline_parser_get_line(ip);
    *column = cmark_inline_parser_get_column(ip);
    return;
  }
  const lemma_subject_prefix *s = (const lemma_subject_prefix *)ip;
  int l = s->line;
  bufsize_t line_start = -s->column_offset;
  for (bufsize_t k = s->pos; k < p; k++) {
    if (data[k] == '\n') {
      l++;
      line_start = k + 1;
    }
  }
  *line = l;
  *column = p - line_start + 1 + s->block_offset;
}

static void free_inline_info(cmark_mem *mem, void *info) {
  mem->free(info);
}

static char *copy_tex(cmark_mem *mem, const unsigned char *data, bufsize_t start, bufsize_t end) {
  char *tex = (char *)mem->calloc((size_t)(end - start) + 1, 1);
  for (bufsize_t k = start; k < end; k++)
    tex[k - start] = data[k] == LEMMA_MATH_SENTINEL ? '\\' : (char)data[k];
  return tex;
}

/* Moves the subject to `after`, keeping cmark's line bookkeeping right when [pos, after)
 * contains line breaks. */
static void advance_subject(cmark_inline_parser *ip, bool exact, const unsigned char *data,
                            bufsize_t after) {
  bufsize_t pos = cmark_inline_parser_get_offset(ip);
  cmark_inline_parser_set_offset(ip, after);
  if (!exact)
    return;
  lemma_subject_prefix *s = (lemma_subject_prefix *)ip;
  for (bufsize_t k = pos; k < after; k++) {
    if (data[k] == '\n') {
      s->line++;
      s->column_offset = -(k + 1);
    }
  }
}

static cmark_node *make_math(cmark_syntax_extension *ext, cmark_parser *parser,
                             cmark_inline_parser *ip, int kind, bufsize_t tex_start,
                             bufsize_t tex_end, bufsize_t after) {
  cmark_mem *mem = parser->mem;
  cmark_chunk *chunk = cmark_inline_parser_get_chunk(ip);
  const unsigned char *data = chunk->data;
  bool exact = subject_layout_matches(ip);
  bufsize_t pos = cmark_inline_parser_get_offset(ip);

  lemma_math_inline *info = (lemma_math_inline *)mem->calloc(1, sizeof(lemma_math_inline));
  info->kind = kind;
  subject_position(ip, exact, data, pos, &info->line, &info->column);
  subject_position(ip, exact, data, tex_start, &info->tex_line, &info->tex_column);

  cmark_node *node = cmark_node_new_with_mem_and_ext(CMARK_NODE_HTML_INLINE, mem, ext);
  char *tex = copy_tex(mem, data, tex_start, tex_end);
  cmark_node_set_literal(node, tex);
  mem->free(tex);
  cmark_node_set_user_data(node, info);
  cmark_node_set_user_data_free_func(node, free_inline_info);
  node->start_line = info->line;
  node->start_column = info->column;

  advance_subject(ip, exact, data, after);
  subject_position(ip, exact, data, after, &node->end_line, &node->end_column);
  node->end_column -= 1;
  return node;
}

static cmark_node *make_text(cmark_parser *parser, cmark_inline_parser *ip, const char *text,
                             bufsize_t after) {
  cmark_node *node = cmark_node_new_with_mem(CMARK_NODE_TEXT, parser->mem);
  cmark_node_set_literal(node, text);
  node->start_line = node->end_line = cmark_inline_parser_get_line(ip);
  node->start_column = cmark_inline_parser_get_column(ip);
  node->end_column = node->start_column + (int)strlen(text) - 1;
  cmark_inline_parser_set_offset(ip, after);
  return node;
}

static cmark_node *match_dollar(cmark_syntax_extension *ext, cmark_parser *parser,
                                cmark_inline_parser *ip, const unsigned char *data,
                                bufsize_t len, bufsize_t pos) {
  if (pos + 1 < len && data[pos + 1] == '$') {
    bufsize_t start = pos + 2;
    for (bufsize_t j = start; j + 1 < len; j++) {
      if (data[j] == '\\' || data[j] == LEMMA_MATH_SENTINEL) {
        j++;
        continue;
      }
      if (data[j] == '$' && data[j + 1] == '$') {
        if (j == start)
          break;
        return make_math(ext, parser, ip, LEMMA_MATH_DISPLAY_INLINE, start, j, j + 2);
      }
    }
    /* No closing "$$": both dollars are text (so the second one does not open $…$). */
    return make_text(parser, ip, "$$", pos + 2);
  }

  bufsize_t start = pos + 1;
  if (start >= len || is_space(data[start]))
    return NULL;
  for (bufsize_t j = start; j < len; j++) {
    if (data[j] == '\\' || data[j] == LEMMA_MATH_SENTINEL) {
      j++;
      continue;
    }
    if (data[j] == '$' && j > start && !is_space(data[j - 1]) &&
        !(j + 1 < len && is_digit(data[j + 1])))
      return make_math(ext, parser, ip, LEMMA_MATH_INLINE, start, j, j + 1);
  }
  return NULL;
}

static cmark_node *match_sentinel(cmark_syntax_extension *ext, cmark_parser *parser,
                                  cmark_inline_parser *ip, const unsigned char *data,
                                  bufsize_t len, bufsize_t pos) {
  unsigned char next = pos + 1 < len ? data[pos + 1] : 0;
  if (next == '(' || next == '[') {
    unsigned char closer = next == '(' ? ')' : ']';
    bufsize_t after = lemma_math_find_backslash_closer(data, len, pos + 2, closer);
    if (after >= 0 && after - 2 > pos + 2) {
      int kind = next == '(' ? LEMMA_MATH_INLINE : LEMMA_MATH_DISPLAY_INLINE;
      return make_math(ext, parser, ip, kind, pos + 2, after - 2, after);
    }
    /* What cmark makes of an escaped bracket. */
    return make_text(parser, ip, next == '(' ? "(" : "[", pos + 2);
  }
  bufsize_t reference = lemma_math_reference_length(data, len, pos);
  if (reference > 0)
    return make_math(ext, parser, ip, LEMMA_MATH_REFERENCE, pos, pos + reference, pos + reference);
  return make_text(parser, ip, "\\", pos + 1);
}

cmark_node *lemma_math_match_inline(cmark_syntax_extension *ext, cmark_parser *parser,
                                    cmark_node *parent, unsigned char c,
                                    cmark_inline_parser *ip) {
  (void)parent;
  cmark_chunk *chunk = cmark_inline_parser_get_chunk(ip);
  bufsize_t pos = cmark_inline_parser_get_offset(ip);
  if (c == '$')
    return match_dollar(ext, parser, ip, chunk->data, chunk->len, pos);
  if (c == LEMMA_MATH_SENTINEL)
    return match_sentinel(ext, parser, ip, chunk->data, chunk->len, pos);
  return NULL;
}
