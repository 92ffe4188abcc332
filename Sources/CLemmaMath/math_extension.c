#include "math_internal.h"

#include <cmark-gfm/registry.h>
#include <pthread.h>
#include <string.h>

cmark_node_type LEMMA_MATH_BLOCK = CMARK_NODE_NONE;

/* Openers marked in the document being parsed; parsing is serialised by the caller. */
static _Thread_local int marked_openers = 0;

lemma_math_block *lemma_math_block_data(cmark_node *node) {
  if (node == NULL || node->extension == NULL ||
      strcmp(node->extension->name, "lemma-math") != 0)
    return NULL;
  if (node->type != LEMMA_MATH_BLOCK && node->type != CMARK_NODE_THEMATIC_BREAK)
    return NULL;
  return (lemma_math_block *)node->as.opaque;
}

static bool is_math_inline(cmark_node *node) {
  return node->type == CMARK_NODE_HTML_INLINE && node->extension != NULL &&
         strcmp(node->extension->name, "lemma-math") == 0 && node->user_data != NULL;
}

int lemma_math_node_info(cmark_node *node, lemma_math_info *info) {
  if (node == NULL)
    return 0;
  if (is_math_inline(node)) {
    const lemma_math_inline *data = (const lemma_math_inline *)node->user_data;
    info->kind = data->kind;
    info->line = data->line;
    info->column = data->column;
    info->tex_line = data->tex_line;
    info->tex_column = data->tex_column;
    return 1;
  }
  lemma_math_block *block = lemma_math_block_data(node);
  if (block == NULL)
    return 0;
  info->kind = block->kind;
  info->line = block->line;
  info->column = block->column;
  info->tex_line = block->tex_line;
  info->tex_column = block->tex_column;
  return 1;
}

const char *lemma_math_node_tex(cmark_node *node) {
  if (node == NULL)
    return NULL;
  if (is_math_inline(node))
    return cmark_node_get_literal(node);
  lemma_math_block *block = lemma_math_block_data(node);
  return block ? (block->tex ? block->tex : "") : NULL;
}

int lemma_node_internal_offset(cmark_node *node) {
  return node ? node->internal_offset : 0;
}

void lemma_math_mark_heading(cmark_node *heading, const char *id) {
  if (heading == NULL || heading->type != CMARK_NODE_HEADING)
    return;
  heading->extension = lemma_math_extension();
  heading->user_data = (void *)id;
}

void lemma_math_unmark_heading(cmark_node *heading) {
  if (heading == NULL || heading->type != CMARK_NODE_HEADING)
    return;
  heading->extension = NULL;
  heading->user_data = NULL;
}

static bool contains_inlines_by_default(cmark_syntax_extension *self, cmark_node *node) {
  if (node->extension != NULL && node->extension != self) {
    cmark_contains_inlines_func f = node->extension->contains_inlines_func;
    return f != NULL && f(node->extension, node) != 0;
  }
  if (node->extension == self)
    return false;
  return node->type == CMARK_NODE_PARAGRAPH || node->type == CMARK_NODE_HEADING;
}

/* Runs once per document, after the block structure is complete and before any inline
 * parsing: turns the block-math placeholders into math blocks and marks backslash openers. */
static void prepare_document(cmark_syntax_extension *self, cmark_node *root, cmark_mem *mem) {
  marked_openers = 0;
  cmark_iter *iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node *node = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER || node == root)
      continue;
    if (node->extension == self && node->type == CMARK_NODE_THEMATIC_BREAK) {
      lemma_math_block *block = (lemma_math_block *)node->as.opaque;
      if (block->closed) {
        node->type = (uint16_t)LEMMA_MATH_BLOCK;
        lemma_math_block_finish(mem, block);
        continue;
      }
      lemma_math_block_demote(mem, node);
    }
    if (contains_inlines_by_default(self, node) && node->content.size > 0) {
      marked_openers += lemma_math_mark_openers(node->content.ptr, node->content.size);
    }
  }
  cmark_iter_free(iter);
}

static int contains_inlines(cmark_syntax_extension *self, cmark_node *node) {
  if (node->type == CMARK_NODE_DOCUMENT) {
    prepare_document(self, node, node->content.mem);
    node->extension = NULL;
    return 0;
  }
  return 0;
}

static int can_contain(cmark_syntax_extension *self, cmark_node *node, cmark_node_type child) {
  (void)self;
  if (node->type == CMARK_NODE_DOCUMENT)
    return CMARK_NODE_TYPE_BLOCK_P(child) && child != CMARK_NODE_ITEM;
  if (node->type == CMARK_NODE_HEADING)
    return CMARK_NODE_TYPE_INLINE_P(child);
  return 0;
}

static const char *type_string(cmark_syntax_extension *self, cmark_node *node) {
  (void)self;
  if (node->type == CMARK_NODE_HEADING)
    return "heading";
  if (node->type == CMARK_NODE_DOCUMENT)
    return "document";
  return node->type == CMARK_NODE_HTML_INLINE ? "math_inline" : "math_block";
}

static void restore_backslashes(unsigned char *p, bufsize_t len, bool as_escape, bufsize_t *out) {
  bufsize_t w = 0;
  for (bufsize_t r = 0; r < len; r++) {
    if (p[r] == LEMMA_MATH_SENTINEL) {
      unsigned char next = r + 1 < len ? p[r + 1] : 0;
      if (as_escape && (next == '(' || next == '['))
        continue; /* cmark drops the backslash of an escape in destinations and titles */
      p[w++] = '\\';
    } else {
      p[w++] = p[r];
    }
  }
  *out = w;
}

static void restore_chunk(cmark_chunk *chunk, bool as_escape) {
  if (chunk->data == NULL || chunk->len == 0 ||
      memchr(chunk->data, LEMMA_MATH_SENTINEL, (size_t)chunk->len) == NULL)
    return;
  restore_backslashes(chunk->data, chunk->len, as_escape, &chunk->len);
}

/* Puts back the backslashes marked by prepare_document wherever they were not math. */
static cmark_node *postprocess(cmark_syntax_extension *self, cmark_parser *parser,
                               cmark_node *root) {
  (void)self;
  (void)parser;
  if (marked_openers == 0)
    return NULL;
  cmark_iter *iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node *node = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER)
      continue;
    switch (node->type) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_FOOTNOTE_REFERENCE:
      restore_chunk(&node->as.literal, false);
      break;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
      restore_chunk(&node->as.link.url, true);
      restore_chunk(&node->as.link.title, true);
      break;
    default:
      break;
    }
  }
  cmark_iter_free(iter);
  marked_openers = 0;
  return NULL;
}

static void free_block(cmark_syntax_extension *self, cmark_mem *mem, cmark_node *node) {
  (void)self;
  lemma_math_block *block = lemma_math_block_data(node);
  if (block == NULL)
    return;
  cmark_strbuf_free(&block->raw);
  if (block->tex)
    mem->free(block->tex);
  mem->free(block);
  node->as.opaque = NULL;
}

static cmark_syntax_extension *create_extension(void) {
  cmark_syntax_extension *ext = cmark_syntax_extension_new("lemma-math");
  LEMMA_MATH_BLOCK = cmark_syntax_extension_add_node(0);
  cmark_syntax_extension_set_match_inline_func(ext, lemma_math_match_inline);
  cmark_syntax_extension_set_open_block_func(ext, lemma_math_try_opening_block);
  cmark_syntax_extension_set_match_block_func(ext, lemma_math_last_block_matches);
  cmark_syntax_extension_set_contains_inlines_func(ext, contains_inlines);
  cmark_syntax_extension_set_can_contain_func(ext, can_contain);
  cmark_syntax_extension_set_get_type_string_func(ext, type_string);
  cmark_syntax_extension_set_html_render_func(ext, lemma_math_render_html);
  cmark_syntax_extension_set_postprocess_func(ext, postprocess);
  cmark_syntax_extension_set_opaque_free_func(ext, free_block);
  cmark_mem *mem = cmark_get_default_mem_allocator();
  cmark_llist *chars = NULL;
  chars = cmark_llist_append(mem, chars, (void *)(uintptr_t)'$');
  chars = cmark_llist_append(mem, chars, (void *)(uintptr_t)LEMMA_MATH_SENTINEL);
  cmark_syntax_extension_set_special_inline_chars(ext, chars);
  return ext;
}

static int plugin_init(cmark_plugin *plugin) {
  cmark_plugin_register_syntax_extension(plugin, create_extension());
  return 1;
}

static cmark_syntax_extension *registered_extension = NULL;
static pthread_once_t registration = PTHREAD_ONCE_INIT;

static void register_extension(void) {
  cmark_register_plugin(plugin_init);
  registered_extension = cmark_find_syntax_extension("lemma-math");
}

cmark_syntax_extension *lemma_math_extension(void) {
  pthread_once(&registration, register_extension);
  return registered_extension;
}

void lemma_math_prepare(cmark_parser *parser) {
  cmark_syntax_extension *ext = lemma_math_extension();
  if (parser->root != NULL && parser->root->extension == NULL)
    parser->root->extension = ext;
}
