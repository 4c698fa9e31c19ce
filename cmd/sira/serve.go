package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strconv"
	"time"

	"sira/bot"
	"sira/bot/store"
	"sira/bot/store/remote"
	"sira/bot/telegram"
)

func init() {
	commands["serve"] = command{"run the Telegram bot (TELEGRAM_BOT_TOKEN; --webhook URL --listen ADDR)", runServe}
}

// errNoToken points people without a token to the console.
var errNoToken = errors.New("TELEGRAM_BOT_TOKEN is not set: to try Sira without Telegram, run `go run ./cmd/sira chat`")

func runServe(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	src := indexFlags(fs)
	webhook := fs.String("webhook", "", "receive updates at this public `URL` instead of long polling")
	listen := fs.String("listen", ":8443", "with --webhook, the `ADDR` to serve on")
	data := dataFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	token := os.Getenv("TELEGRAM_BOT_TOKEN")
	if token == "" {
		return errNoToken
	}
	secret := os.Getenv("SIRA_WEBHOOK_SECRET")
	if *webhook != "" && secret == "" {
		return fmt.Errorf("%w: --webhook needs SIRA_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -)", errUsage)
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	st, err := store.Open(dataDir(*data))
	if err != nil {
		return err
	}
	defer st.Close()
	for _, key := range st.SetAside() {
		log.Warn("a store record could not be decoded: set aside (sira store check)", "record", key)
	}
	// sira report and sira store ask this process while it holds the store;
	// its socket goes before the store closes, whatever ends serve.
	if rs, err := remote.Listen(st); err != nil {
		log.Error("sira report and sira store cannot reach the store while the bot runs", "err", err)
	} else {
		rctx, stop := context.WithCancel(ctx)
		served := make(chan error, 1)
		go func() { served <- rs.Serve(rctx) }()
		defer func() {
			stop()
			if err := <-served; err != nil {
				log.Error("the store's socket", "err", err)
			}
		}()
	}
	ix, err := openIndex(src)
	if err != nil {
		return err
	}
	defer ix.Close()

	svc, err := telegram.New(ctx, telegram.Config{Token: token, Endpoint: os.Getenv("TELEGRAM_API_ENDPOINT"), Log: log}, st)
	if err != nil {
		return err
	}
	defer svc.Close()
	conv := bot.New(ix, st, bot.Options{Address: svc.Address(), Counsellors: counsellors(log), Sender: svc, Log: log})
	group, err := conv.CheckGroup(ctx)
	if err != nil {
		log.Warn("could not check the counsellors' group; checked again later", "err", err)
	}
	if err := svc.Introduce(ctx, bot.Intros(), group, bot.GroupMenu()); err != nil {
		log.Warn("set the bot's description and commands", "err", err)
	}
	go sweep(ctx, st, log)
	go tend(ctx, conv, svc, group, log)
	log.Info("sira started", "bot", svc.Username(), "fiches", ix.Len(), "webhook", *webhook != "")
	if *webhook == "" {
		return svc.Poll(ctx, conv)
	}
	if err := svc.SetWebhook(ctx, *webhook, secret); err != nil {
		return err
	}
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	return svc.ServeWebhook(ctx, l, secret, conv)
}

// counsellors reads SIRA_COUNSELLOR_CHAT, the counsellors' group. A bad id
// turns hand-off off at start-up, with a clear message, rather than
// failing at the first case.
func counsellors(log *slog.Logger) int64 {
	v := os.Getenv("SIRA_COUNSELLOR_CHAT")
	if v == "" {
		log.Warn("SIRA_COUNSELLOR_CHAT is not set: hand-off to counsellors is off")
		return 0
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id >= 0 {
		log.Error("SIRA_COUNSELLOR_CHAT must be a group's id, a negative number like -1001234567890: hand-off is off", "value", v)
		return 0
	}
	return id
}

// tendEvery is how often the counsellors' group is checked and idle cases
// closed.
const tendEvery = 10 * time.Minute

// tend checks the counsellors' group (the bot may have been removed, or
// put back) and closes the cases left idle; it registers the group's
// commands again when the group's id changed (a supergroup).
func tend(ctx context.Context, conv *bot.Bot, svc *telegram.Service, group int64, log *slog.Logger) {
	t := time.NewTicker(tendEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		id, err := conv.CheckGroup(ctx)
		if err != nil {
			log.Warn("check the counsellors' group", "err", err)
		}
		if id != 0 && id != group {
			if err := svc.Introduce(ctx, bot.Intros(), id, bot.GroupMenu()); err == nil {
				group = id
			}
		}
		if n, err := conv.CloseIdle(ctx); err != nil {
			log.Error("close idle cases", "err", err)
		} else if n > 0 {
			log.Info("closed idle cases", "count", n)
		}
	}
}

// sweep removes what has expired from the store, at start-up and hourly,
// and compacts it (store.Sweep).
func sweep(ctx context.Context, st *store.Bolt, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if sw, err := st.Sweep(ctx); err != nil {
			log.Error("sweep", "err", err)
		} else {
			log.Info("store swept", "chats", sw.Chats, "navigations", sw.Navs, "cases", sw.Cases, "stats_days", sw.StatsDays, "aside", sw.Aside)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
