package com.jkcloud.monitor.simulator;

import java.math.BigDecimal;

/** A coin-quote page like the ones scraped in production: the prices are in {@code #eth-price} and {@code #usdt-price}. */
final class PricePage {

    static final String ETH_SELECTOR = "#eth-price";
    static final String USDT_SELECTOR = "#usdt-price";

    private PricePage() {
    }

    static String render(BigDecimal eth, BigDecimal usdt) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><title>行情 - 数字货币实时价格</title>
                <link rel="stylesheet" href="/static/quotes.css"></head>
                <body>
                <header class="site-header"><a href="/">首页</a> <a href="/market">行情</a></header>
                <main>
                  <h1>实时行情</h1>
                  <table class="quotes">
                    <thead><tr><th>币种</th><th>最新价 (CNY)</th><th>24h 涨跌</th></tr></thead>
                    <tbody>
                      <tr class="quote" data-symbol="ETH"><td class="name">ETH / 以太坊</td>
                        <td class="price"><span id="eth-price">%s</span></td><td class="change up">+1.24%%</td></tr>
                      <tr class="quote" data-symbol="USDT"><td class="name">USDT / 泰达币</td>
                        <td class="price"><span id="usdt-price">%s</span></td><td class="change down">-0.02%%</td></tr>
                    </tbody>
                  </table>
                  <p class="note">数据仅供参考</p>
                </main>
                </body>
                </html>
                """.formatted(eth.toPlainString(), usdt.toPlainString());
    }

    static String maintenance() {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>系统维护</title></head>
                <body><div class="maintenance"><h1>系统维护中</h1><p>请稍后再试</p></div></body></html>
                """;
    }
}
