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

import cn.sifa.core.db.ApplicationDatabaseRole;
import cn.sifa.core.security.CurrentCaller;

/**
 * Profile {@code prod}: refuses to start while the demo profile is on, or while any demo API client or demo login
 * still has its published demo secret, or while the database role sifa_app has its demo password. The message names
 * each one so the operator can rotate or disable it.
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
        // platform work: the accounts of every division (row-level security would otherwise show none)
        List<String> problems = CurrentCaller.runAsSystem(this::problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产配置(prod)拒绝启动:存在演示密钥或密码。请轮换密钥、重置密码或停用这些账号后再启动。"
                    + String.join(";", problems));
        }
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        String appPassword = ApplicationDatabaseRole.ROLE.equals(env.getProperty("spring.datasource.username"))
                ? env.getProperty("spring.datasource.password") : env.getProperty("sifa.db.app-password");
        if (ApplicationDatabaseRole.DEMO_PASSWORD.equals(appPassword)) {
            problems.add("数据库应用角色 sifa_app 仍使用演示密码(请设置 sifa.db.app-password / SIFA_DB_APP_PASSWORD)");
        }
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
        return problems;
    }
}
