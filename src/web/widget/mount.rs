//! Mounting: the shadow root, the shared style sheet, and the handle a host
//! uses to change options or remove the widget.

use super::app::{App, AppProps, Host};
use super::options::Options;
use crate::error::{Error, ErrorKind};
use crate::web::intl_zone::ZoneNames;
use crate::web::js::js_error;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The widget's style sheet (custom properties documented in www/embed.html).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    /// One constructable sheet shared by every widget on the page: styles
    /// without a `<style>` element or a request, allowed by `style-src 'self'`.
    static SHEET: Option<web_sys::CssStyleSheet> =
        web_sys::CssStyleSheet::new().ok().filter(|s| s.replace_sync(CSS).is_ok());
    /// The zone names, asked of the browser once.
    static ZONE_NAMES: ZoneNames = ZoneNames::default();
    /// Roots of destroyed widgets, their listeners taken off, for the next
    /// widgets: Yew keeps a reference to every root it rendered into, so a
    /// root let go would never be collected (see `boundary.js`).
    static SPARE_ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// At most this many spare roots are kept (the most widgets a page had at once, in practice).
const SPARE_ROOTS_KEPT: usize = 64;

/// A mounted widget: change its options or remove it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<App>>,
    /// The options as last read.
    read: Options,
    options: js_sys::Object,
    root: web_sys::Element,
    host: Host,
    refresh: u32,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Changes some options (the same keys as `mount`); `null` restores a default.
    pub fn update(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
    ) -> Result<(), JsError> {
        if !options.is_object() {
            return Err(js_error(
                &Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "expected an object, got {}",
                        crate::web::js::describe(&options)
                    ),
                )
                .in_field("options"),
            ));
        }
        self.options = js_sys::Object::assign(&self.options, options.unchecked_ref());
        self.render();
        Ok(())
    }

    /// The latest answer (`responseDeadline`'s shape plus `impact` and
    /// `urgency`), `null` before the first and while the inputs give none.
    #[wasm_bindgen(getter, unchecked_return_type = "WidgetAnswer | null")]
    pub fn answer(&self) -> JsValue {
        self.host.answer()
    }

    /// Reads the clock again now (the widget also does every 15 seconds).
    pub fn refresh(&mut self) {
        self.refresh = self.refresh.wrapping_add(1);
        self.render();
    }

    fn render(&mut self) {
        self.read = Options::read(&self.options, Some(&self.read), self.host.element());
        if let Some(app) = &mut self.app {
            app.update(AppProps {
                options: self.read.clone(),
                names: ZONE_NAMES.with(ZoneNames::clone),
                refresh: self.refresh,
                host: self.host.clone(),
            });
        }
    }

    /// Removes the widget; the element is left empty. Its root goes back
    /// to the spare roots without its listeners (nothing is left behind).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            self.root.remove();
            // Only a root whose app has rendered is reused (see Host::rendered).
            if self.host.rendered() {
                let _ = crate::web::js::release_listeners(&self.root);
                // (What Yew leaves in it, such as an empty text node, goes.)
                self.root.set_text_content(None);
                SPARE_ROOTS.with(|spare| {
                    let mut spare = spare.borrow_mut();
                    if spare.len() < SPARE_ROOTS_KEPT {
                        spare.push(self.root.clone());
                    }
                });
            }
        }
    }
}

/// The widget's shadow root: open, and delegating focus, so that
/// `element.focus()` lands on its first control (as the loader's own
/// failure message root is made).
fn shadow_init() -> web_sys::ShadowRootInit {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    // (This web-sys has no setter for it.)
    let _ = js_sys::Reflect::set(&init, &"delegatesFocus".into(), &JsValue::TRUE);
    init
}

/// Renders the widget inside `element`'s open shadow root (made if needed).
/// Bad options show inline and fall back to defaults; a bad `element` throws.
#[wasm_bindgen]
pub fn mount(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
) -> Result<WidgetHandle, JsError> {
    let bad_element = |why: &str| {
        js_error(&Error::new(ErrorKind::InvalidArgument, why.to_owned()).in_field("element"))
    };
    let element: web_sys::Element = element.dyn_into().map_err(|v| {
        bad_element(&format!(
            "expected an Element, got {}",
            crate::web::js::describe(&v)
        ))
    })?;
    let shadow = match element.shadow_root() {
        Some(root) => root,
        None => element.attach_shadow(&shadow_init()).map_err(|_| {
            bad_element(&format!(
                "<{}> cannot hold a shadow root",
                element.tag_name().to_ascii_lowercase()
            ))
        })?,
    };
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
    let document = element
        .owner_document()
        .ok_or_else(|| bad_element("not in a document"))?;
    let spare = SPARE_ROOTS
        .with(|spare| spare.borrow_mut().pop())
        .filter(|root| root.owner_document().as_ref() == Some(&document));
    let root = match spare {
        Some(root) => root,
        None => document
            .create_element("div")
            .map_err(|_| bad_element("cannot create the widget's root"))?,
    };
    let _ = crate::web::js::track_listeners(&root);
    root.set_class_name("support-policy-widget");
    shadow
        .append_child(&root)
        .map_err(|_| bad_element("cannot hold the widget"))?;
    let stored = js_sys::Object::new();
    if options.is_object() {
        js_sys::Object::assign(&stored, options.unchecked_ref());
    }
    let read = if options.is_object() || options.is_undefined() || options.is_null() {
        Options::read(&stored, None, &element)
    } else {
        Options::read(&options, None, &element)
    };
    let host = Host::new(element);
    let props = AppProps {
        options: read.clone(),
        names: ZONE_NAMES.with(ZoneNames::clone),
        refresh: 0,
        host: host.clone(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(WidgetHandle {
        app: Some(app),
        read,
        options: stored,
        root,
        host,
        refresh: 0,
    })
}
