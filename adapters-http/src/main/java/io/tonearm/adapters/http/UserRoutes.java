package io.tonearm.adapters.http;

import static io.tonearm.adapters.http.RequestParams.id;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.router.JavalinDefaultRouting;
import io.tonearm.adapters.http.auth.Access;
import io.tonearm.adapters.http.auth.AccessDeniedException;
import io.tonearm.adapters.http.auth.Authenticated;
import io.tonearm.application.users.Accounts;
import io.tonearm.application.users.Caller;
import io.tonearm.application.users.SubsonicAccess;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.user.Password;
import io.tonearm.domain.user.User;
import io.tonearm.domain.user.UserId;
import io.tonearm.domain.user.UserName;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Managing users: listing, adding and removing them is for admins; changing a password is for admins (anyone's)
 * and for users (their own, with their current password). {@code GET /api/users/me} tells callers who they are;
 * {@code PUT /api/users/me/subsonic-password} sets (or generates) the caller's password for Subsonic apps.
 */
final class UserRoutes implements ApiRoutes {
    private final Accounts accounts;
    private final SubsonicAccess subsonic;
    private final ApiJson json;

    @Inject
    UserRoutes(Accounts accounts, SubsonicAccess subsonic, ApiJson json) {
        this.accounts = accounts;
        this.subsonic = subsonic;
        this.json = json;
    }

    @Override
    public void addTo(JavalinDefaultRouting routing) {
        ApiRoutes.get(routing, "/api/users", this::list, Access.ADMIN);
        routing.post("/api/users", this::add, Access.ADMIN);
        ApiRoutes.get(routing, "/api/users/me", this::me, Access.USER);
        routing.delete("/api/users/{id}", this::delete, Access.ADMIN);
        routing.put("/api/users/{id}/password", this::password, Access.USER);
        routing.put("/api/users/me/subsonic-password", this::subsonicPassword, Access.USER);
    }

    /** Sets the caller's own Subsonic password: 204; or, without one in the body, generates it: 200 with it. */
    private void subsonicPassword(Context ctx) {
        Caller caller = Authenticated.caller(ctx);
        SubsonicPasswordRequest request = json.optionalBody(ctx)
                .map(body -> json.convert(body, SubsonicPasswordRequest.class, ""))
                .orElse(new SubsonicPasswordRequest(null));
        if (request.password() == null) {
            Password generated = subsonic.generateSubsonicPassword(caller.id())
                    .orElseThrow(() -> notFound(caller.id().value()));
            ctx.header(Header.CACHE_CONTROL, "no-store");
            json.respond(ctx, 200, new SubsonicPasswordResponse(caller.name().value(), generated.value()));
            return;
        }
        List<InvalidParam> invalid = new ArrayList<>();
        Password password = valid(invalid, () -> Password.of(request.password()));
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        if (!subsonic.setSubsonicPassword(caller.id(), password)) {
            throw notFound(caller.id().value());
        }
        ctx.status(204);
    }

    private void list(Context ctx) {
        json.respond(ctx, 200, new ItemsResponse<>(accounts.getUsers().stream().map(UserResponse::of).toList()));
    }

    private void me(Context ctx) {
        Caller caller = Authenticated.caller(ctx);
        User user = accounts.getUser(caller.id()).orElseThrow(() -> notFound(caller.id().value()));
        json.respond(ctx, 200, UserResponse.of(user));
    }

    private void add(Context ctx) {
        NewUserRequest request = json.convert(json.body(ctx), NewUserRequest.class, "");
        List<InvalidParam> invalid = new ArrayList<>();
        UserName name = valid(invalid, () -> UserName.of(request.name()));
        Password password = valid(invalid, () -> Password.of(request.password()));
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        User user = accounts.addUser(name, password, Boolean.TRUE.equals(request.admin()));
        ctx.header(Header.LOCATION, "/api/users/" + user.id().value());
        json.respond(ctx, 201, UserResponse.of(user));
    }

    private void delete(Context ctx) {
        long id = id(ctx);
        if (!accounts.deleteUser(UserId.of(id))) {
            throw notFound(id);
        }
        ctx.status(204);
    }

    private void password(Context ctx) {
        long id = id(ctx);
        Caller caller = Authenticated.caller(ctx);
        boolean own = caller.id().value() == id;
        if (!own && !caller.admin()) {
            throw new AccessDeniedException("only admins may change another user's password");
        }
        PasswordRequest request = json.convert(json.body(ctx), PasswordRequest.class, "");
        List<InvalidParam> invalid = new ArrayList<>();
        Password password = valid(invalid, () -> Password.of(request.password()));
        if (own && !caller.admin() && request.currentPassword() == null) {
            invalid.add(new InvalidParam("currentPassword", "currentPassword is required to change your own "
                    + "password"));
        }
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        boolean exists = caller.admin() ? accounts.setPassword(UserId.of(id), password)
                : accounts.changeOwnPassword(UserId.of(id), request.currentPassword(), password);
        if (!exists) {
            throw notFound(id);
        }
        ctx.status(204);
    }

    /** @return the value, or null after adding why it is invalid to {@code invalid} */
    static <T> T valid(List<InvalidParam> invalid, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            invalid.add(new InvalidParam(e.field(), e.getMessage()));
            return null;
        }
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("no user with id " + id);
    }
}
