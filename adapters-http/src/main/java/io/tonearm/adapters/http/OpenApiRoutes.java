package io.tonearm.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The API's description, for anybody: {@code GET /api/openapi.json} (the OpenAPI 3.1 document kept beside this
 * class, {@value #DOCUMENT}) and {@code GET /api/docs}, a Swagger UI page over it whose files come from the
 * swagger-ui webjar on the class path (no CDN).
 */
final class OpenApiRoutes implements ApiRoutes {
    static final String DOCUMENT = "openapi.json";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String OWN_FILES = "io/tonearm/adapters/http/docs/";
    /** The page's own files, written for Tonearm; they point Swagger UI at the document. */
    private static final Map<String, String> OWN = Map.of(
            "index.html", "text/html; charset=utf-8",
            "swagger-initializer.js", "text/javascript; charset=utf-8");
    /** The only webjar files served: those the page loads. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    /** The files change only with a new server version; the browser may keep them an hour unasked. */
    private static final String ASSET_CACHE_CONTROL = "public, max-age=3600";

    @Inject
    OpenApiRoutes() {
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        byte[] document = read(OpenApiRoutes.class, DOCUMENT);
        String webjar = WEBJAR + swaggerUiVersion() + "/";
        ApiRoutes.get(routing, "/api/openapi.json", ctx -> ctx.status(200).contentType(ApiJson.JSON)
                .header(Header.CACHE_CONTROL, "no-cache").result(document), Access.PUBLIC);
        ApiRoutes.get(routing, "/api/docs", ctx -> send(ctx, OWN_FILES + "index.html", OWN.get("index.html")),
                Access.PUBLIC);
        ApiRoutes.get(routing, "/api/docs/{file}", ctx -> asset(ctx, webjar), Access.PUBLIC);
    }

    private static void asset(Context ctx, String webjar) {
        String file = ctx.pathParam("file");
        if (OWN.containsKey(file)) {
            send(ctx, OWN_FILES + file, OWN.get(file));
        } else if (ASSETS.containsKey(file)) {
            send(ctx, webjar + file, ASSETS.get(file));
        } else {
            throw ApiProblem.notFound("the API's documentation page has no file " + file);
        }
    }

    private static void send(Context ctx, String resource, String contentType) {
        InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        ctx.status(200).contentType(contentType).header(Header.CACHE_CONTROL, ASSET_CACHE_CONTROL).result(in);
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException(WEBJAR_VERSION + " is missing: the swagger-ui webjar is not on the "
                        + "class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR_VERSION, e);
        }
        return properties.getProperty("version");
    }

    /** @return the resource beside {@code type} */
    static byte[] read(Class<?> type, String name) {
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + type.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
