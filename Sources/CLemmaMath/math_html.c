#include "math_internal.h"

#include <string.h>

static void cr(cmark_strbuf *html) {
  if (html->size && html->ptr[html->size - 1] != '\n')
    cmark_strbuf_putc(html, '\n');
}

static void escape(cmark_strbuf *html, const char *text) {
  houdini_escape_html0(html, (const uint8_t *)text, (bufsize_t)strlen(text), 0);
}

static void render_heading(cmark_strbuf *html, cmark_node *node, cmark_event_type ev) {
  char tag[4] = {'h', (char)('0' + node->as.heading.level), 0, 0};
  if (ev == CMARK_EVENT_EXIT) {
    cmark_strbuf_puts(html, "</");
    cmark_strbuf_puts(html, tag);
    cmark_strbuf_puts(html, ">\n");
    return;
  }
  const char *id = (const char *)node->user_data;
  cr(html);
  cmark_strbuf_putc(html, '<');
  cmark_strbuf_puts(html, tag);
  if (id != NULL && id[0] != 0) {
    cmark_strbuf_puts(html, " id=\"");
    escape(html, id);
    cmark_strbuf_puts(html, "\"><a class=\"anchor\" href=\"#");
    houdini_escape_href(html, (const uint8_t *)id, (bufsize_t)strlen(id));
    cmark_strbuf_puts(html, "\" aria-hidden=\"true\">#</a>");
  } else {
    cmark_strbuf_putc(html, '>');
  }
}

static void render_inline(cmark_strbuf *html, cmark_node *node) {
  lemma_math_info info;
  if (!lemma_math_node_info(node, &info))
    return;
  const char *tex = lemma_math_node_tex(node);
  if (info.kind == LEMMA_MATH_DISPLAY_INLINE) {
    cmark_strbuf_puts(html, "<span class=\"math display\">\\[");
    escape(html, tex);
    cmark_strbuf_puts(html, "\\]</span>");
  } else {
    cmark_strbuf_puts(html, "<span class=\"math inline\">\\(");
    escape(html, tex);
    cmark_strbuf_puts(html, "\\)</span>");
  }
}

static void render_block(cmark_strbuf *html, cmark_node *node) {
  lemma_math_block *block = lemma_math_block_data(node);
  if (block == NULL)
    return;
  cr(html);
  if (block->kind == LEMMA_MATH_ENVIRONMENT) {
    cmark_strbuf_puts(html, "<div class=\"math display\">");
    escape(html, block->tex ? block->tex : "");
    cmark_strbuf_puts(html, "</div>\n");
  } else {
    cmark_strbuf_puts(html, "<div class=\"math display\">\\[");
    escape(html, block->tex ? block->tex : "");
    cmark_strbuf_puts(html, "\\]</div>\n");
  }
}

void lemma_math_render_html(cmark_syntax_extension *ext, cmark_html_renderer *renderer,
                            cmark_node *node, cmark_event_type ev, int options) {
  (void)ext;
  (void)options;
  cmark_strbuf *html = renderer->html;
  if (node->type == CMARK_NODE_HEADING) {
    render_heading(html, node, ev);
  } else if (ev == CMARK_EVENT_ENTER && node->type == CMARK_NODE_HTML_INLINE) {
    render_inline(html, node);
  } else if (ev == CMARK_EVENT_ENTER && node->type == LEMMA_MATH_BLOCK) {
    render_block(html, node);
  }
}
