package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.adapters.http.web.WebApp;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web app's files as the server serves them: to anybody, under a strict CSP, revalidated by ETag. */
class WebAppTest {
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"(/app/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([^']+)'");
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start().anonymous();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void thePage_isServedToAnybody_underAPolicyThatAllowsOnlyThisOrigin() {
        RunningApi.Response page = api.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
        assertThat(page.header("Content-Security-Policy")).isEqualTo(WebApp.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/app/js/main.js\"></script>");
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(page.body()).find())
                .as("no inline script").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=").matcher(page.body()).find()).as("no inline handler").isFalse();
    }

    @Test
    void everyFileThePageAndItsModulesReference_isServedWithItsType() {
        List<String> referenced = new ArrayList<>();
        Matcher pageRefs = REFERENCE.matcher(api.get("/").body());
        while (pageRefs.find()) {
            referenced.add(pageRefs.group(1));
        }
        for (String file : List.of("main.js", "api.js", "dom.js", "player.js", "library.js", "admin.js", "cache.js", "account.js")) {
            Matcher imports = IMPORT.matcher(api.get("/app/js/" + file).body());
            while (imports.find()) {
                referenced.add("/app/js/" + imports.group(1));
            }
        }

        assertThat(referenced).contains("/app/app.css", "/app/js/main.js", "/app/js/player.js", "/app/icon.svg");
        for (String path : referenced) {
            RunningApi.Response file = api.get(path);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(file.header("Content-Security-Policy")).as(path).isEqualTo(WebApp.CONTENT_SECURITY_POLICY);
            String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css"
                    : "image/svg+xml";
            assertThat(file.contentType()).as(path).startsWith(type);
        }
    }

    @Test
    void everyFileInTheWebFolder_isServed() throws IOException, URISyntaxException {
        Path folder = Path.of(WebApp.class.getResource("/io/tonearm/adapters/http/web/index.html").toURI())
                .getParent();
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("index.html") && !name.endsWith(".class")).toList();
        }

        assertThat(files).isNotEmpty();
        for (String file : files) {
            assertThat(api.get("/app/" + file).status()).as("/app/" + file + " (add it to WebApp.FILES)")
                    .isEqualTo(200);
        }
    }

    @Test
    void aBrowserRevalidates_andGets304WhileTheFileIsUnchanged() {
        RunningApi.Response first = api.get("/app/js/main.js");
        String etag = first.header("ETag");

        RunningApi.Response again = api.send(HttpRequest.newBuilder(api.uri("/app/js/main.js"))
                .header("If-None-Match", etag));
        RunningApi.Response stale = api.send(HttpRequest.newBuilder(api.uri("/app/js/main.js"))
                .header("If-None-Match", "\"something-else\""));

        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(api.get("/app/js/api.js").header("ETag")).isNotEqualTo(etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(stale.status()).isEqualTo(200);
    }

    @Test
    void aFileNotInTheApp_isNotFound() {
        assertThat(api.get("/app/js/nothing.js").status()).isEqualTo(404);
        assertThat(api.get("/app/../pom.xml").status()).isEqualTo(404);
        assertThat(api.get("/io/tonearm/adapters/http/web/index.html").status()).isEqualTo(404);
    }

    @Test
    void theScripts_areCompressedForABrowserThatAcceptsGzip() {
        HttpResponse<byte[]> compressed = api.bytes(HttpRequest.newBuilder(api.uri("/app/js/player.js"))
                .header("Accept-Encoding", "gzip"));
        int plain = api.get("/app/js/player.js").body().length();

        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.body().length).isLessThan(plain / 2);
    }
}
