<?php
// Installs WordPress in the database set up by setup.sh, turns the plugin
// on, and makes an Administrator and an Author with application passwords.
// Prints {"admin": "user:password", "author": "user:password"} for the REST API.
$_SERVER['HTTP_HOST'] = getenv('HTTP_HOST');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install('Docs', 'admin', 'admin@example.com', false, '', wp_generate_password(24));
update_option('permalink_structure', '');
$activated = activate_plugin('support-policy-widget/support-policy-widget.php');
if (is_wp_error($activated)) {
    fwrite(STDERR, 'plugin: ' . $activated->get_error_message() . "\n");
    exit(1);
}
$author = wp_insert_user(array('user_login' => 'author', 'user_pass' => wp_generate_password(24), 'user_email' => 'author@example.com', 'role' => 'author'));
$out = array();
foreach (array('admin' => 1, 'author' => $author) as $name => $id) {
    list($password) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'tests'));
    $out[$name] = get_userdata($id)->user_login . ':' . $password;
}
echo json_encode($out), "\n";
