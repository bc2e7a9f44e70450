/* The plain C baseline for parse throughput: libcmark over every file named on stdin,
 * one document at a time (parse + render HTML + free), one thread. Prints files, bytes, seconds. */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void) {
    char path[4096];
    size_t count = 0, capacity = 1024, total = 0;
    char **texts = malloc(capacity * sizeof *texts);
    size_t *lengths = malloc(capacity * sizeof *lengths);
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) { perror(path); return 74; }
        fseek(file, 0, SEEK_END);
        long length = ftell(file);
        fseek(file, 0, SEEK_SET);
        if (count == capacity) {
            capacity *= 2;
            texts = realloc(texts, capacity * sizeof *texts);
            lengths = realloc(lengths, capacity * sizeof *lengths);
        }
        texts[count] = malloc(length + 1);
        lengths[count] = fread(texts[count], 1, length, file);
        total += lengths[count];
        fclose(file);
        count++;
    }
    /* Files are read first, as the Swift stage bench does, so only parsing is timed. */
    size_t html_bytes = 0;
    double start = now();
    clock_t cpu_start = clock();
    for (size_t i = 0; i < count; i++) {
        cmark_node *document = cmark_parse_document(texts[i], lengths[i], CMARK_OPT_DEFAULT);
        char *html = cmark_render_html(document, CMARK_OPT_DEFAULT);
        html_bytes += strlen(html);
        free(html);
        cmark_node_free(document);
    }
    double seconds = now() - start;
    double cpu_seconds = (double)(clock() - cpu_start) / CLOCKS_PER_SEC;
    printf("files %zu\nbytes %zu\nhtml_bytes %zu\nseconds %.6f\ncpu_seconds %.6f\n", count, total, html_bytes, seconds, cpu_seconds);
    return 0;
}
