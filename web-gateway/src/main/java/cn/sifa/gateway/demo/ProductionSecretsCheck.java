package cn.sifa.gateway.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Profile {@code prod}: refuses to start while the demo profile is on, or while any demo API client or demo login
 * still has its published demo secret. The message names each one so the operator can rotate or disable it.
 */
@Component
@Profile("prod")
class ProductionSecretsCheck implements SmartInitializingSingleton {

    private final Environment env;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    ProductionSecretsCheck(Environment env, JdbcClient jdbc, PasswordEncoder passwords) {
        this.env = env;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        if (Arrays.asList(env.getActiveProfiles()).contains("demo")) {
            problems.add("演示配置 demo 与生产配置 prod 同时启用");
        }
        for (DemoAccounts.DemoClient client : DemoAccounts.CLIENTS) {
            jdbc.sql("select secret_hash from core_api_client where client_id = :id and enabled").param("id", client.clientId())
                    .query(String.class).optional()
                    .filter(hash -> passwords.matches(client.secret(), hash))
                    .ifPresent(hash -> problems.add("API 客户端 " + client.clientId() + " 仍使用演示密钥"));
        }
        for (DemoAccounts.DemoUser user : DemoAccounts.USERS) {
            jdbc.sql("select password_hash from core_user where username = :u and enabled").param("u", user.username())
                    .query(String.class).optional()
                    .filter(hash -> passwords.matches(DemoAccounts.PASSWORD, hash))
                    .ifPresent(hash -> problems.add("用户 " + user.username() + " 仍使用演示密码"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产配置(prod)拒绝启动:存在演示密钥或密码。请轮换密钥、重置密码或停用这些账号后再启动。"
                    + String.join(";", problems));
        }
    }
}
