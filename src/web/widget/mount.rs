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
    /// Apps of removed widgets, each with its root, emptied, for the next
    /// widgets. Yew 0.23 never lets go of an app's root listeners (it
    /// forgets their closures, which hold the app's data): an app destroyed
    /// and a new one made for each widget would leave about 2 KB of wasm
    /// memory and six closures behind every time. A parked app is given the
    /// next widget's props with a new generation, so its `App` is made anew
    /// (fresh state) inside the same root and listeners.
    static SPARE: std::cell::RefCell<Vec<(yew::AppHandle<Shell>, web_sys::Element)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The generation of the next widget (the key that makes its `App` anew).
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// At most this many apps are kept parked (the most widgets a page had at once, in practice).
const SPARE_KEPT: usize = 64;

/// Props of [`Shell`]: the widget's props, or none while the app is parked.
#[derive(yew::Properties, PartialEq)]
pub struct ShellProps {
    app: Option<AppProps>,
    generation: u32,
}

/// What an app renders: its widget, keyed by generation (a new widget in a
/// reused app starts afresh), or nothing while parked.
#[yew::function_component]
fn Shell(props: &ShellProps) -> yew::Html {
    match &props.app {
        Some(app) => yew::html! { <App key={props.generation} ..app.clone() /> },
        None => yew::Html::default(),
    }
}

fn next_generation() -> u32 {
    GENERATION.with(|g| {
        let n = g.get().wrapping_add(1);
        g.set(n);
        n
    })
}

/// A mounted widget: change its options or remove it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<Shell>>,
    generation: u32,
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
            app.update(ShellProps {
                app: Some(AppProps {
                    options: self.read.clone(),
                    names: ZONE_NAMES.with(ZoneNames::clone),
                    refresh: self.refresh,
                    host: self.host.clone(),
                }),
                generation: self.generation,
            });
        }
    }

    /// Removes the widget; the element is left empty. Its app, emptied,
    /// is parked with its root for the next widget (nothing is left
    /// behind); past the spare apps kept, it is destroyed and its root's
    /// listeners taken off.
    pub fn destroy(&mut self) {
        if let Some(mut app) = self.app.take() {
            self.root.remove();
            let parked = SPARE.with(|spare| spare.borrow().len() < SPARE_KEPT);
            if parked {
                app.update(ShellProps {
                    app: None,
                    generation: self.generation,
                });
                SPARE.with(|spare| spare.borrow_mut().push((app, self.root.clone())));
            } else {
                app.destroy();
                let _ = crate::web::js::release_listeners(&self.root);
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
    // A parked app of this document, if any (its root and listeners kept).
    let spare = SPARE.with(|spare| {
        let mut spare = spare.borrow_mut();
        let at = spare
            .iter()
            .rposition(|(_, root)| root.owner_document().as_ref() == Some(&document))?;
        Some(spare.remove(at))
    });
    let (spare, root) = match spare {
        Some((app, root)) => (Some(app), root),
        None => (
            None,
            document
                .create_element("div")
                .map_err(|_| bad_element("cannot create the widget's root"))?,
        ),
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
    let generation = next_generation();
    let props = ShellProps {
        app: Some(props),
        generation,
    };
    let app = match spare {
        Some(mut app) => {
            app.update(props);
            app
        }
        None => yew::Renderer::<Shell>::with_root_and_props(root.clone(), props).render(),
    };
    Ok(WidgetHandle {
        app: Some(app),
        generation,
        read,
        options: stored,
        root,
        host,
        refresh: 0,
    })
}
