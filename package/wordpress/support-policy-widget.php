<?php
/**
 * Plugin Name: Support policy widget
 * Description: Zmanda's support policy as a widget: [support-policy tier="premium"] in a post or page. The package's files (support-policy-widget.js, pkg/, lang/, zones/) go in this plugin's folder beside this file.
 * Version: 0.1.0
 * License: MIT OR Apache-2.0
 *
 * WordPress removes tags it does not know from the posts of users without
 * the unfiltered_html capability (Authors, Contributors; on a multisite,
 * everyone but super admins). A shortcode is expanded when the post is
 * shown, after that filtering, so it works for every author.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The element's attributes the shortcode passes on (package/README.md, "Attributes"). */
const SUPPORT_POLICY_WIDGET_ATTRIBUTES = array('lang', 'tier', 'time-zone', 'impact', 'urgency', 'theme', 'loading', 'ticket-url', 'sync-url');

add_action('init', function () {
    wp_register_script('support-policy-widget', plugins_url('support-policy-widget.js', __FILE__), array(), null, true);
});

/** The loader is an ES module: its script tag says so. */
add_filter('script_loader_tag', function ($tag, $handle, $src) {
    if ($handle !== 'support-policy-widget') {
        return $tag;
    }
    return '<script type="module" src="' . esc_url($src) . '"></script>' . "\n";
}, 10, 3);

add_shortcode('support-policy', function ($atts) {
    $atts = is_array($atts) ? $atts : array();
    // The loader once per page, however many widgets it has (in the footer).
    wp_enqueue_script('support-policy-widget');
    $html = '<support-policy-widget';
    $lang = isset($atts['lang']) ? $atts['lang'] : substr(get_locale(), 0, 2);
    $html .= ' lang="' . esc_attr($lang) . '"';
    foreach (SUPPORT_POLICY_WIDGET_ATTRIBUTES as $name) {
        if ($name !== 'lang' && isset($atts[$name])) {
            $html .= ' ' . $name . '="' . esc_attr($atts[$name]) . '"';
        }
    }
    return $html . '></support-policy-widget>';
});
