package cn.sifa.gateway.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.http.HttpStatus;

import cn.sifa.core.error.SifaException;

/** A refused portal login: wrong username or password, or an account locked after repeated failures. */
public class LoginFailedException extends SifaException {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Instant lockedUntil;

    private LoginFailedException(String slug, String title, String detail, Instant lockedUntil) {
        super(HttpStatus.UNAUTHORIZED, slug, title, detail);
        this.lockedUntil = lockedUntil;
    }

    public static LoginFailedException badCredentials() {
        return new LoginFailedException("bad-credentials", "登录失败", "用户名或密码错误", null);
    }

    public static LoginFailedException locked(Instant until) {
        return new LoginFailedException("account-locked", "账户已锁定", "账户已锁定,请于 " + HH_MM.format(until) + " 后再试", until);
    }

    @Override
    public Map<String, Object> properties() {
        return lockedUntil == null ? Map.of() : Map.of("lockedUntil", lockedUntil.toString());
    }
}
