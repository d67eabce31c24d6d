package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.RequestParams.id;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.users.IssuedToken;
import io.tonearm.application.users.UserTokens;
import io.tonearm.domain.user.TokenId;
import io.tonearm.domain.user.TokenName;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The caller's API tokens: issue one (its secret answered once), list them, revoke one. */
final class TokenRoutes implements ApiRoutes {
    private final UserTokens tokens;
    private final ApiJson json;

    @Inject
    TokenRoutes(UserTokens tokens, ApiJson json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        ApiRoutes.get(routing, "/api/tokens", this::list, Access.USER);
        routing.post("/api/tokens", this::issue, Access.USER);
        routing.delete("/api/tokens/{id}", this::revoke, Access.USER);
    }

    private void list(Context ctx) {
        UserId me = Authenticated.caller(ctx).id();
        json.respond(ctx, 200, new ItemsResponse<>(tokens.listTokens(me).stream().map(TokenResponse::of).toList()));
    }

    private void issue(Context ctx) {
        UserId me = Authenticated.caller(ctx).id();
        TokenRequest request = json.convert(json.body(ctx), TokenRequest.class, "");
        List<InvalidParam> invalid = new ArrayList<>();
        TokenName name = UserRoutes.valid(invalid, () -> TokenName.of(request.name()));
        if (request.expiresAt() != null && !request.expiresAt().isAfter(java.time.Instant.now())) {
            invalid.add(new InvalidParam("expiresAt", "expiresAt must be in the future but was "
                    + request.expiresAt()));
        }
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        IssuedToken issued = tokens.issueToken(me, name, request.expiresAt());
        ctx.header(Header.LOCATION, "/api/tokens/" + issued.token().id().value());
        ctx.header(Header.CACHE_CONTROL, "no-store");
        json.respond(ctx, 201, TokenResponse.issued(issued));
    }

    private void revoke(Context ctx) {
        long id = id(ctx);
        if (!tokens.deleteToken(Authenticated.caller(ctx).id(), TokenId.of(id))) {
            throw ApiProblem.notFound("you have no token with id " + id);
        }
        ctx.status(204);
    }
}
