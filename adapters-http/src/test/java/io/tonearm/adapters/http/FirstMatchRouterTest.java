package io.tonearm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstMatchRouterTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> matchedBefore = new ArrayList<>();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            FirstMatchRouter.installIn(config);
            config.router.mount(routing -> {
                routing.beforeMatched(ctx -> matchedBefore.add(ctx.endpointHandlerPath()));
                routing.get("/things/search", ctx -> ctx.result("search"));
                routing.get("/things/{id}", ctx -> ctx.result("thing " + ctx.pathParam("id")));
                routing.post("/things/{id}", ctx -> ctx.result("posted " + ctx.pathParam("id")));
            });
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void eachRequestIsAnsweredByTheFirstEndpointItsMethodAndPathMatch_evenRightAfterAnotherPath() throws Exception {
        assertThat(get("/things/7")).isEqualTo("200 thing 7");
        assertThat(get("/things/search")).as("the fixed path registered first").isEqualTo("200 search");
        assertThat(get("/things/8")).as("a new path on the same connection").isEqualTo("200 thing 8");
        assertThat(get("/things/8")).isEqualTo("200 thing 8");
        assertThat(send("POST", "/things/8")).as("another method, the same path").isEqualTo("200 posted 8");
        assertThat(send("DELETE", "/things/8")).startsWith("405");
        assertThat(get("/elsewhere")).startsWith("404");
        assertThat(matchedBefore).containsExactly("/things/{id}", "/things/search", "/things/{id}", "/things/{id}",
                "/things/{id}");
    }

    @Test
    void beforeAndAfterHandlersAreFoundAsJavalinFindsThem() {
        FirstMatchRouter router = (FirstMatchRouter) app.unsafeConfig().pvt.internalRouter;

        assertThat(router.findHttpHandlerEntries(HandlerType.BEFORE_MATCHED, "/things/1").count()).isEqualTo(1);
        assertThat(router.findHttpHandlerEntries(HandlerType.GET, "/things/1").count()).isEqualTo(1);
        assertThat(router.findHttpHandlerEntries(HandlerType.GET, "/nothing").count()).isZero();
        assertThat(router.findHttpHandlerEntries(HandlerType.GET, null).count()).as("every GET endpoint").isEqualTo(2);
    }

    private String get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    private String send(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
