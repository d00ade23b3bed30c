package com.jkcloud.monitor.onething;

import com.jkcloud.monitor.onething.client.RawReply;
import com.jkcloud.monitor.onething.client.UpstreamAnswer;
import com.jkcloud.monitor.onething.client.UpstreamExchange;
import com.jkcloud.monitor.onething.client.UpstreamHost;
import com.jkcloud.monitor.onething.client.UpstreamReply;
import com.jkcloud.monitor.onething.client.UpstreamRoute;
import com.jkcloud.monitor.onething.client.UpstreamRoutes;
import com.jkcloud.monitor.onething.session.OneThingSessions;
import com.jkcloud.monitor.onething.session.UpstreamSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.RestResponse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import static com.jkcloud.monitor.onething.OneThingProtocol.APP_VERSION;

/**
 * {@link OneThingGateway} with a session per account: a call uses the kept session; a non-zero
 * {@code iRet}/{@code rtn} drops it, logs in once with the stored pwd and retries once (a draw only when the
 * session is shown to have expired, see {@link #withdraw}). A refused login is {@link FailureKind#AUTH_FAILED} and
 * is never retried.
 */
@ApplicationScoped
public class SessionedOneThingGateway implements OneThingGateway {

    private static final String MARKET_ROUTE_KEY = "onething-market-info";

    private final UpstreamExchange exchange;
    private final UpstreamRoutes routes;
    private final OneThingSessions sessions;

    public SessionedOneThingGateway(UpstreamExchange exchange, UpstreamRoutes routes, OneThingSessions sessions) {
        this.exchange = exchange;
        this.routes = routes;
        this.sessions = sessions;
    }

    @Override
    public Uni<OneThingResult<Void>> login(OneThingCredentials credentials) {
        return freshLogin(credentials).map(result -> result.map(session -> null));
    }

    @Override
    public Uni<OneThingResult<List<UpstreamDevice>>> devices(OneThingCredentials credentials) {
        return authenticated(credentials, UpstreamHost.CONTROL, "listPeer", FailureKind.SESSION_EXPIRED,
                (route, session) -> route.control().listPeer(OneThingProtocol.LICENCE_PUB, APP_VERSION,
                        OneThingProtocol.CLIENT_TYPE, session.userId(), OneThingProtocol.CONTROL_API_VERSION,
                        session.sessionId(), session.userId()),
                answer -> OneThingAnswers.devices(answer.body()));
    }

    @Override
    public Uni<OneThingResult<UsbUsage>> usb(OneThingCredentials credentials, String deviceId) {
        return authenticated(credentials, UpstreamHost.CONTROL, "getUSBInfo", FailureKind.SESSION_EXPIRED,
                (route, session) -> route.control().usbInfo(APP_VERSION, OneThingProtocol.CLIENT_TYPE, deviceId,
                        OneThingProtocol.CONTROL_API_VERSION, session.sessionId(), session.userId()),
                answer -> OneThingAnswers.usb(answer.body()));
    }

    @Override
    public Uni<OneThingResult<IncomeHistory>> incomes(OneThingCredentials credentials, boolean includePreviousMonth) {
        return incomePage(credentials, "0").flatMap(current -> {
            if (!(current instanceof OneThingResult.Ok<UpstreamAnswer> ok)) {
                return Uni.createFrom().item(current.map(ignored -> (IncomeHistory) null));
            }
            UpstreamAnswer answer = ok.value();
            IncomeHistory thisMonth = new IncomeHistory(OneThingAnswers.totalIncome(answer.body()),
                    OneThingAnswers.dailyIncomes(answer.body()));
            String previousMonth = OneThingAnswers.previousMonthKey(answer.body());
            if (!includePreviousMonth || previousMonth.isEmpty()) {
                return Uni.createFrom().item(OneThingResult.ok(thisMonth));
            }
            return incomePage(credentials, previousMonth).map(earlier -> earlier.map(page -> {
                List<DailyIncome> days = new ArrayList<>(thisMonth.days());
                days.addAll(OneThingAnswers.dailyIncomes(page.body()));
                return new IncomeHistory(thisMonth.totalIncome(), List.copyOf(days));
            }));
        });
    }

    @Override
    public Uni<OneThingResult<BigDecimal>> totalWithdrawn(OneThingCredentials credentials) {
        return authenticated(credentials, UpstreamHost.ACCOUNT, "outcome-history", FailureKind.SESSION_EXPIRED,
                (route, session) -> route.account().outcomeHistory(0, session.sessionId(), session.userId(),
                        OneThingProtocol.ORIGIN_HISTORY),
                answer -> OneThingAnswers.totalOutcome(answer.body()));
    }

    /**
     * A draw is never re-sent on a guess: a non-zero {@code iRet} is retried (once, after one login) only when a cheap
     * authenticated call shows that the session really expired; otherwise it is a business refusal, answered with
     * upstream's {@code sMsg}. Transport failures are not retried either (the draw may have gone through).
     */
    @Override
    public Uni<OneThingResult<String>> withdraw(OneThingCredentials credentials, BigDecimal amount, String peerId) {
        String coins = amount.stripTrailingZeros().toPlainString();
        BiFunction<UpstreamRoute, UpstreamSession, Uni<String>> draw = (route, session) -> route.account().draw(APP_VERSION,
                OneThingProtocol.GAS_TYPE, APP_VERSION, coins, OneThingProtocol.ORIGIN_APP, session.sessionId(), session.userId(), peerId);
        Uni<OneThingResult<UpstreamSession>> session = sessions.current(credentials.username())
                .map(kept -> Uni.createFrom().item(OneThingResult.ok(kept)))
                .orElseGet(() -> freshLogin(credentials));
        return session.flatMap(login -> withSession(login, current -> attempt(credentials, UpstreamHost.ACCOUNT, "draw", false, draw, current)
                .flatMap(first -> {
                    if (!(first instanceof OneThingResult.Ok<UpstreamAnswer> ok) || ok.value().ok()) {
                        return Uni.createFrom().item(finish(first, FailureKind.UPSTREAM_ERROR, UpstreamAnswer::message));
                    }
                    return sessionExpired(credentials, current).flatMap(expired -> {
                        if (!expired) {
                            return Uni.createFrom().item(finish(first, FailureKind.UPSTREAM_ERROR, UpstreamAnswer::message));
                        }
                        sessions.forget(credentials.username(), current);
                        return sessionAfterRejection(credentials, current).flatMap(relogin -> withSession(relogin, fresh ->
                                attempt(credentials, UpstreamHost.ACCOUNT, "draw", false, draw, fresh)
                                        .map(second -> finish(second, FailureKind.UPSTREAM_ERROR, UpstreamAnswer::message))));
                    });
                })));
    }

    /** True only when upstream answered the withdrawal history with a non-zero status: an unreachable upstream proves nothing. */
    private Uni<Boolean> sessionExpired(OneThingCredentials credentials, UpstreamSession session) {
        return attempt(credentials, UpstreamHost.ACCOUNT, "outcome-history", true,
                (route, current) -> route.account().outcomeHistory(0, current.sessionId(), current.userId(), OneThingProtocol.ORIGIN_HISTORY),
                session)
                .map(check -> check instanceof OneThingResult.Ok<UpstreamAnswer> answered && !answered.value().ok());
    }

    @Override
    public Uni<OneThingResult<Map<String, Object>>> marketInfo() {
        Optional<UpstreamRoute> route = routes.routeFor(MARKET_ROUTE_KEY);
        if (route.isEmpty()) {
            return Uni.createFrom().item(noRoute());
        }
        return exchange.send(UpstreamHost.ACCOUNT, "info/query", route.get(), true,
                        () -> route.get().account().marketInfo().map(RawReply::of))
                .map(result -> result.map(UpstreamReply::answer))
                .map(result -> finish(result, FailureKind.UPSTREAM_ERROR, answer -> OneThingAnswers.marketInfo(answer.body())));
    }

    private Uni<OneThingResult<UpstreamAnswer>> incomePage(OneThingCredentials credentials, String month) {
        return authenticated(credentials, UpstreamHost.ACCOUNT, "income-history", FailureKind.SESSION_EXPIRED,
                (route, session) -> route.account().incomeHistory(APP_VERSION, APP_VERSION, month,
                        session.sessionId(), session.userId(), OneThingProtocol.ORIGIN_APP),
                answer -> answer);
    }

    private <T> Uni<OneThingResult<T>> authenticated(OneThingCredentials credentials, UpstreamHost host, String call,
            FailureKind whenRejected, BiFunction<UpstreamRoute, UpstreamSession, Uni<String>> request,
            Function<UpstreamAnswer, T> onSuccess) {
        Optional<UpstreamSession> kept = sessions.current(credentials.username());
        if (kept.isEmpty()) {
            return freshLogin(credentials).flatMap(login -> withSession(login, session ->
                    attempt(credentials, host, call, true, request, session)
                            .map(result -> finish(result, whenRejected, onSuccess))));
        }
        UpstreamSession session = kept.get();
        return attempt(credentials, host, call, true, request, session).flatMap(first -> {
            if (!(first instanceof OneThingResult.Ok<UpstreamAnswer> ok) || ok.value().ok()) {
                return Uni.createFrom().item(finish(first, whenRejected, onSuccess));
            }
            sessions.forget(credentials.username(), session);
            return sessionAfterRejection(credentials, session).flatMap(login -> withSession(login, fresh ->
                    attempt(credentials, host, call, true, request, fresh)
                            .map(second -> finish(second, whenRejected, onSuccess))));
        });
    }

    private Uni<OneThingResult<UpstreamAnswer>> attempt(OneThingCredentials credentials, UpstreamHost host, String call,
            boolean transientRetry, BiFunction<UpstreamRoute, UpstreamSession, Uni<String>> request, UpstreamSession session) {
        Optional<UpstreamRoute> route = routes.routeFor(credentials.username());
        if (route.isEmpty()) {
            return Uni.createFrom().item(noRoute());
        }
        return exchange.send(host, call, route.get(), transientRetry,
                        () -> request.apply(route.get(), session).map(RawReply::of))
                .map(result -> result.map(UpstreamReply::answer));
    }

    /** A session another call obtained meanwhile is reused; otherwise one login, shared by concurrent callers. */
    private Uni<OneThingResult<UpstreamSession>> sessionAfterRejection(OneThingCredentials credentials, UpstreamSession stale) {
        Optional<UpstreamSession> newer = sessions.current(credentials.username()).filter(current -> !current.equals(stale));
        if (newer.isPresent()) {
            return Uni.createFrom().item(OneThingResult.ok(newer.get()));
        }
        return freshLogin(credentials);
    }

    private Uni<OneThingResult<UpstreamSession>> freshLogin(OneThingCredentials credentials) {
        return sessions.loginOnce(credentials.username() + '\n' + credentials.pwd(), () -> sendAndKeepLogin(credentials));
    }

    private Uni<OneThingResult<UpstreamSession>> sendAndKeepLogin(OneThingCredentials credentials) {
        Optional<UpstreamRoute> route = routes.routeFor(credentials.username());
        if (route.isEmpty()) {
            return Uni.createFrom().item(noRoute());
        }
        return exchange.send(UpstreamHost.ACCOUNT, "login", route.get(), true, () -> sendLogin(route.get(), credentials))
                .map(result -> {
                    if (!(result instanceof OneThingResult.Ok<UpstreamReply> ok)) {
                        return result.map(ignored -> (UpstreamSession) null);
                    }
                    UpstreamReply reply = ok.value();
                    if (!reply.answer().ok()) {
                        return OneThingResult.failed(FailureKind.AUTH_FAILED, "upstream refused the login: " + reply.answer().message());
                    }
                    String sessionId = reply.cookies().get(OneThingProtocol.SESSION_COOKIE);
                    String userId = reply.cookies().getOrDefault(OneThingProtocol.USER_ID_COOKIE,
                            reply.answer().body().path("data").path("userid").asText(""));
                    if (sessionId == null || sessionId.isEmpty() || userId.isEmpty()) {
                        return OneThingResult.failed(FailureKind.UPSTREAM_ERROR, "login answer carried no session");
                    }
                    UpstreamSession session = new UpstreamSession(sessionId, userId);
                    sessions.keep(credentials.username(), session);
                    return OneThingResult.ok(session);
                });
    }

    private static Uni<RawReply> sendLogin(UpstreamRoute route, OneThingCredentials credentials) {
        String username = credentials.username();
        String deviceId = OneThingPasswords.deviceId(username);
        String imeiId = OneThingPasswords.imeiId(username);
        Uni<RestResponse<String>> sent = credentials.loginType() == LoginType.EMAIL
                ? route.account().loginWithMail(APP_VERSION, deviceId, imeiId, credentials.pwd(),
                        OneThingProtocol.ACCOUNT_TYPE_EMAIL, username, OneThingProtocol.EMAIL_PHONE_AREA)
                : route.account().loginWithPhone(APP_VERSION, deviceId, imeiId, credentials.pwd(),
                        OneThingProtocol.ACCOUNT_TYPE_PHONE, username);
        return sent.map(response -> {
            Map<String, String> cookies = new HashMap<>();
            for (Map.Entry<String, NewCookie> cookie : response.getCookies().entrySet()) {
                cookies.put(cookie.getKey(), cookie.getValue().getValue());
            }
            return new RawReply(response.getEntity(), cookies);
        });
    }

    private static <T> Uni<OneThingResult<T>> withSession(OneThingResult<UpstreamSession> login,
            Function<UpstreamSession, Uni<OneThingResult<T>>> call) {
        if (login instanceof OneThingResult.Ok<UpstreamSession> ok) {
            return call.apply(ok.value());
        }
        return Uni.createFrom().item(login.map(ignored -> (T) null));
    }

    private static <T> OneThingResult<T> finish(OneThingResult<UpstreamAnswer> result, FailureKind whenRejected,
            Function<UpstreamAnswer, T> onSuccess) {
        if (!(result instanceof OneThingResult.Ok<UpstreamAnswer> ok)) {
            return result.map(ignored -> (T) null);
        }
        UpstreamAnswer answer = ok.value();
        if (!answer.ok()) {
            String why = answer.message().isEmpty() ? "status " + answer.status() : answer.message();
            return OneThingResult.failed(whenRejected, why);
        }
        return OneThingResult.ok(onSuccess.apply(answer));
    }

    private static <T> OneThingResult<T> noRoute() {
        return OneThingResult.failed(FailureKind.UNAVAILABLE, "every upstream proxy is benched");
    }
}
